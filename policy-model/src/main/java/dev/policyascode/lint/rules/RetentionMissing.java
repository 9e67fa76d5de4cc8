package dev.policyascode.lint.rules;

import dev.policyascode.diagnostics.Finding;
import dev.policyascode.diagnostics.RuleMeta;
import dev.policyascode.diagnostics.Severity;
import dev.policyascode.lint.api.AbstractRule;
import dev.policyascode.lint.api.VersionContext;
import dev.policyascode.model.*;
import dev.policyascode.register.Links;
import java.util.function.Consumer;

/**
 * An activity without a retention rule, or a data category that no retention rule covers: the
 * notice must say how long each data is kept (Art. 13(2)(a)). A category counts as covered when a
 * rule lists it, or when an activity that uses it has a retention rule for all of its data (one
 * with no data_categories). An activity whose rules all name other categories gives none to this
 * one: the notice then lists data it gives no period for, which is a defect of the notice and not
 * only of the record.
 */
public final class RetentionMissing extends AbstractRule {

  public static final RuleMeta META =
      new RuleMeta(
          "retention-missing",
          "retention",
          Severity.ERROR,
          "An activity or a data category with no retention rule",
          "Art. 5(1)(e) (storage limitation) and Art. 13(2)(a): the period for which the data will"
              + " be stored, or the criteria used to determine it");

  public RetentionMissing() {
    super(META);
  }

  @Override
  public void check(VersionContext context, Consumer<Finding> report) {
    Registers r = context.version().registers();
    java.util.Set<String> covered = new java.util.HashSet<>();
    // the activities with rules that leave a category out, for the message
    java.util.Map<String, java.util.List<String>> leftOutBy = new java.util.HashMap<>();
    r.retention().forEach(x -> x.dataCategories().forEach(c -> covered.add(c.id())));
    Links links = new Links(r);
    for (Activity a : r.activities()) {
      if (!a.retention().isEmpty()) {
        for (Ref c : a.dataCategories()) {
          if (!links.retentionOf(a, c.id()).isEmpty()) covered.add(c.id());
          else leftOutBy.computeIfAbsent(c.id(), k -> new java.util.ArrayList<>()).add(a.id());
        }
        continue;
      }
      report.accept(
          Finding.of(
              META,
              a.at("retention"),
              "the activity '"
                  + a.id()
                  + "' has no retention rule; add retention: with the id of a rule that says how"
                  + " long its data is kept and from when"));
    }
    if (r.activities().isEmpty()) return;
    for (DataCategory c : r.dataCategories()) {
      if (covered.contains(c.id())) continue;
      java.util.List<String> by = leftOutBy.getOrDefault(c.id(), java.util.List.of());
      report.accept(
          Finding.of(
              META,
              c.at(),
              "no retention rule covers the data category '"
                  + c.id()
                  + "' ("
                  + c.name()
                  + ")"
                  + (by.isEmpty()
                      ? ""
                      : ": the retention rules of '"
                          + String.join("', '", by)
                          + (by.size() == 1 ? "', which uses it," : "', which use it,")
                          + " name only other categories, so the notice gives no"
                          + " period for it")
                  + "; list it in the data_categories of a retention rule, or give a retention rule"
                  + " to an activity that uses it"));
    }
  }
}
