package dev.policyascode.lint.rules;

import dev.policyascode.diagnostics.Finding;
import dev.policyascode.diagnostics.RuleMeta;
import dev.policyascode.diagnostics.Severity;
import dev.policyascode.lint.api.AbstractRule;
import dev.policyascode.lint.api.VersionContext;
import dev.policyascode.model.*;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Data the text says comes from someone other than the person (an administrator who creates a
 * colleague's account, a customer's upload, what an employer provides) with no {@code source}: the
 * notice then gives none of what Art. 14 requires for it (the source, Art. 14(2)(f); the
 * categories, 14(1)(d)), and its Art. 13 wording ("you provide") is wrong for these people.
 *
 * <p>Read in two places. A category's own description and items: the finding is on the category. A
 * data subject's description and the definition of its name ("Users" defined as people "to whom
 * [the Customer] will provide access"): the rule cannot tell which of their categories comes from
 * the other party, so the finding is on the data subject, and only when none of the categories
 * processed about them has a source.
 */
public final class DatamapSourceMissing extends AbstractRule {

  public static final RuleMeta META =
      new RuleMeta(
          "datamap-source-missing",
          "datamap",
          Severity.WARNING,
          "Data the text says comes from someone else, with no source",
          "Art. 14(1) and (2)(f): where data has not been obtained from the person, its source");

  public DatamapSourceMissing() {
    super(META);
  }

  @Override
  public void check(VersionContext context, java.util.function.Consumer<Finding> report) {
    Registers r = context.version().registers();
    Set<String> reported = new java.util.HashSet<>();
    for (DataCategory c : r.dataCategories()) {
      if (c.source().isPresent()) continue;
      List<String> texts = new ArrayList<>(c.items());
      c.description().ifPresent(texts::add);
      for (String t : texts) {
        Optional<String> words = OtherSource.find(context, t);
        if (words.isEmpty()) continue;
        reported.add(c.id());
        report.accept(
            Finding.of(
                META,
                c.at(),
                "the data category '"
                    + c.name()
                    + "' comes from someone other than the person, as its text says (\""
                    + words.get()
                    + "\"), but has no source; say where it comes from in source: (Art. 14(2)(f)),"
                    + " so that the notice tells these people"));
        break;
      }
    }
    for (DataSubject s : r.dataSubjects()) {
      Set<String> categories = categoriesOf(r, s);
      if (categories.isEmpty()) continue;
      boolean anySource =
          r.dataCategories().stream()
              .anyMatch(c -> categories.contains(c.id()) && c.source().isPresent());
      // A category already reported says it where it is precise; saying it again is noise.
      if (anySource || categories.stream().anyMatch(reported::contains)) continue;
      evidence(context, r, s)
          .ifPresent(
              e ->
                  report.accept(
                      Finding.of(
                          META,
                          s.at(),
                          "the data subjects '"
                              + s.name()
                              + "' include people whose data someone else gives, as "
                              + e
                              + ", but none of the data categories processed about them has a"
                              + " source; say in source: of those that come from the other party"
                              + " where they come from (Art. 14(2)(f))")));
    }
  }

  /** The ids of the categories the activities process about this data subject. */
  private static Set<String> categoriesOf(Registers r, DataSubject s) {
    return r.activities().stream()
        .filter(a -> a.dataSubjects().stream().anyMatch(ref -> ref.id().equals(s.id())))
        .flatMap(a -> a.dataCategories().stream())
        .map(Ref::id)
        .collect(Collectors.toSet());
  }

  /** Where the text says so: the subject's description, or the definition of its name. */
  private static Optional<String> evidence(VersionContext context, Registers r, DataSubject s) {
    Optional<String> own = s.description().flatMap(d -> OtherSource.find(context, d));
    if (own.isPresent()) return own.map(w -> "its description says (\"" + w + "\")");
    String name = s.name().toLowerCase(Locale.ROOT);
    for (Definition d : r.definitions()) {
      boolean names =
          d.term().toLowerCase(Locale.ROOT).equals(name)
              || d.aliases().stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).equals(name));
      if (!names) continue;
      Optional<String> words = OtherSource.find(context, d.meaning().text());
      if (words.isPresent()) {
        return Optional.of("the definition of '" + d.term() + "' says (\"" + words.get() + "\")");
      }
    }
    return Optional.empty();
  }
}
