package dev.policyascode.lint.rules;

import dev.policyascode.diagnostics.Finding;
import dev.policyascode.diagnostics.Position;
import dev.policyascode.diagnostics.RuleMeta;
import dev.policyascode.diagnostics.Severity;
import dev.policyascode.lint.api.AbstractRule;
import dev.policyascode.lint.api.VersionContext;
import dev.policyascode.model.*;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/** Two things of one kind with the same id: a reference to that id would be ambiguous. */
public final class SchemaDuplicateId extends AbstractRule {

  public static final RuleMeta META =
      new RuleMeta(
          "schema-duplicate-id",
          "schema",
          Severity.ERROR,
          "Two entries of the same kind share an id",
          "Format v1");

  public SchemaDuplicateId() {
    super(META);
  }

  @Override
  public void check(VersionContext context, Consumer<Finding> report) {
    PolicyVersion v = context.version();
    Registers r = v.registers();
    unique("section", v.allSections(), Section::id, report);
    unique("definition", r.definitions(), Definition::id, report);
    unique("data subject", r.dataSubjects(), DataSubject::id, report);
    unique("data category", r.dataCategories(), DataCategory::id, report);
    unique("activity", r.activities(), Activity::id, report);
    unique("processor activity", r.processorActivities(), ProcessorActivity::id, report);
    unique("retention rule", r.retention(), RetentionRule::id, report);
    unique("recipient category", r.recipientCategories(), RecipientCategory::id, report);
    unique("recipient", r.recipients(), Recipient::id, report);
    unique("security measure", r.securityMeasures(), SecurityMeasure::id, report);
    unique("cookie", r.cookies(), Cookie::id, report);
    stated("legal basis", r.legalBases(), b -> b.basis().word(), "basis", report);
    stated("right", r.rights(), x -> x.right().word(), "right", report);
    // an activity's recipients name recipients and recipient categories alike
    Map<String, Position> categories = new HashMap<>();
    r.recipientCategories().forEach(c -> categories.putIfAbsent(c.id(), c.at("id")));
    for (Recipient x : r.recipients()) {
      Position category = categories.get(x.id());
      if (category != null) {
        report.accept(
            Finding.of(
                META,
                x.at("id"),
                "a recipient category already has the id '"
                    + x.id()
                    + "' (line "
                    + category.line()
                    + "); an activity's recipients could mean either, so"
                    + " give the recipient its own id"));
      }
    }
  }

  /**
   * Entries that have no id but name a basis or a right ({@code key}), which the text states once.
   */
  private static <T extends Located> void stated(
      String kind, List<T> items, Function<T, String> word, String key, Consumer<Finding> report) {
    repeated(
        items,
        word,
        item -> item.at(key),
        (w, earlier) ->
            "the "
                + kind
                + " '"
                + w
                + "' is already stated at line "
                + earlier.line()
                + "; keep one of them",
        report);
  }

  /** Entries with the same id, each placed at its id. */
  private static <T extends Located> void unique(
      String kind, List<T> items, Function<T, String> id, Consumer<Finding> report) {
    repeated(
        items,
        id,
        item -> item.at("id"),
        (i, earlier) ->
            "another "
                + kind
                + " already has the id '"
                + i
                + "' (line "
                + earlier.line()
                + "); give each "
                + kind
                + " its own id",
        report);
  }

  /** Reports every item whose key an earlier item already has, with the earlier one's place. */
  private static <T> void repeated(
      List<T> items,
      Function<T, String> key,
      Function<T, Position> at,
      java.util.function.BiFunction<String, Position, String> message,
      Consumer<Finding> report) {
    Map<String, Position> first = new HashMap<>();
    for (T item : items) {
      Position earlier = first.putIfAbsent(key.apply(item), at.apply(item));
      if (earlier != null) {
        report.accept(Finding.of(META, at.apply(item), message.apply(key.apply(item), earlier)));
      }
    }
  }
}
