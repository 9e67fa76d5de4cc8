package dev.policyascode.lint.rules;

import dev.policyascode.diagnostics.Finding;
import dev.policyascode.diagnostics.RuleMeta;
import dev.policyascode.diagnostics.Severity;
import dev.policyascode.lint.api.AbstractRule;
import dev.policyascode.lint.api.VersionContext;
import dev.policyascode.load.DidYouMean;
import dev.policyascode.model.*;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * A reference by id that points at nothing: an activity's data category, data subject, recipient,
 * retention rule or security measure; a recipient's category; a transfer's recipient; the entries a
 * policy block lists.
 */
public final class SchemaUnknownRef extends AbstractRule {

  public static final RuleMeta META =
      new RuleMeta(
          "schema-unknown-ref",
          "schema",
          Severity.ERROR,
          "A reference to an id that does not exist",
          "Format v1");

  public SchemaUnknownRef() {
    super(META);
  }

  @Override
  public void check(VersionContext context, Consumer<Finding> report) {
    Registers r = context.version().registers();
    Set<String> categories = ids(r.dataCategories(), DataCategory::id);
    Set<String> subjects = ids(r.dataSubjects(), DataSubject::id);
    Set<String> recipients = ids(r.recipients(), Recipient::id);
    recipients.addAll(ids(r.recipientCategories(), RecipientCategory::id));
    Set<String> retention = ids(r.retention(), RetentionRule::id);
    Set<String> measures = ids(r.securityMeasures(), SecurityMeasure::id);
    for (Activity a : r.activities()) {
      check(a.dataCategories(), categories, "data category", report);
      check(a.dataSubjects(), subjects, "data subject", report);
      check(a.recipients(), recipients, "recipient or recipient category", report);
      check(a.retention(), retention, "retention rule", report);
      check(a.record().securityMeasures(), measures, "security measure", report);
    }
    for (ProcessorActivity a : r.processorActivities()) {
      check(a.recipients(), recipients, "recipient or recipient category", report);
      check(a.record().securityMeasures(), measures, "security measure", report);
    }
    for (RetentionRule rule : r.retention()) {
      check(rule.dataCategories(), categories, "data category", report);
    }
    Set<String> recipientCategories = ids(r.recipientCategories(), RecipientCategory::id);
    for (Recipient x : r.recipients()) {
      check(List.of(x.category()), recipientCategories, "recipient category", report);
    }
    Set<String> named = ids(r.recipients(), Recipient::id);
    for (Transfer t : r.transfers()) {
      check(List.of(t.recipient()), named, "recipient", report);
    }
    Set<String> activities = ids(r.activities(), Activity::id);
    for (Cookie c : r.cookies()) {
      check(c.activity().stream().toList(), activities, "processing activity", report);
    }
    // expanded once per version, shared with register-not-in-notice; what each block said, in order
    for (Prose p : context.version().texts()) {
      ExpandedTexts.of(context, p)
          .replay(report, (at, problem) -> report.accept(Finding.of(META, at, problem)));
    }
  }

  private static void check(
      List<Ref> refs, Set<String> known, String what, Consumer<Finding> report) {
    for (Ref ref : refs) {
      if (known.contains(ref.id())) continue;
      String hint =
          DidYouMean.closest(ref.id(), known)
              .map(c -> "did you mean '" + c + "'? ")
              .orElse(known.isEmpty() ? "there are none yet; " : "");
      report.accept(
          Finding.of(
              META,
              ref.at(),
              "there is no "
                  + what
                  + " with the id '"
                  + ref.id()
                  + "'; "
                  + hint
                  + "add it or correct the id"));
    }
  }

  private static <T> Set<String> ids(
      Collection<T> items, java.util.function.Function<T, String> id) {
    return items.stream().map(id).collect(Collectors.toCollection(java.util.TreeSet::new));
  }
}
