package dev.policyascode.lint.rules;

import dev.policyascode.diagnostics.Finding;
import dev.policyascode.diagnostics.RuleMeta;
import dev.policyascode.diagnostics.Severity;
import dev.policyascode.lint.api.AbstractRule;
import dev.policyascode.lint.api.VersionContext;
import dev.policyascode.model.*;
import java.util.function.Consumer;

/**
 * An activity without a retention rule, or a data category that no retention rule covers: the
 * notice must say how long each data is kept (Art. 13(2)(a)). A category counts as covered when a
 * rule lists it, or when an activity that uses it has a retention rule.
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
    r.retention().forEach(x -> x.dataCategories().forEach(c -> covered.add(c.id())));
    for (Activity a : r.activities()) {
      if (!a.retention().isEmpty()) {
        a.dataCategories().forEach(c -> covered.add(c.id()));
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
      report.accept(
          Finding.of(
              META,
              c.at(),
              "no retention rule covers the data category '"
                  + c.id()
                  + "' ("
                  + c.name()
                  + "); list it in the data_categories of a retention rule, or give a retention rule"
                  + " to an activity that uses it"));
    }
  }
}
