package dev.policyascode.lint.rules;

import dev.policyascode.diagnostics.Finding;
import dev.policyascode.diagnostics.RuleMeta;
import dev.policyascode.diagnostics.Severity;
import dev.policyascode.lint.api.AbstractRule;
import dev.policyascode.lint.api.VersionContext;
import dev.policyascode.model.DataCategory;
import dev.policyascode.model.StoreLabels;
import java.util.function.Consumer;

/**
 * A data category the notice says is collected (an activity uses it) that has no entry in the store
 * labels: the labels would say less than the notice, the disagreement the stores' studies find most
 * often.
 */
public final class LabelsUnmappedCategory extends AbstractRule {

  public static final RuleMeta META =
      new RuleMeta(
          "labels-unmapped-category",
          "labels",
          Severity.WARNING,
          "A data category the notice says is collected that the store labels do not mention",
          "Art. 5(1)(a) (transparency), and the stores' rules that the labels be complete");

  public LabelsUnmappedCategory() {
    super(META);
  }

  @Override
  public void check(VersionContext context, Consumer<Finding> report) {
    StoreLabels labels = LabelFacts.labels(context).orElse(null);
    if (labels == null) return;
    for (DataCategory c : context.version().registers().dataCategories()) {
      if (labels.entry(c.id()).isPresent()) continue;
      if (LabelFacts.users(context.version(), c.id()).isEmpty()) continue;
      report.accept(
          Finding.of(
              META,
              c.at(),
              "the notice says '"
                  + c.id()
                  + "' ("
                  + c.name()
                  + ") is collected, but store-labels.yaml does not mention it; add an entry"
                  + " with its store data types, or one without them if the app does not collect"
                  + " it"));
    }
  }
}
