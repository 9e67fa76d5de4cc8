package dev.policyascode.lint.rules;

import dev.policyascode.diagnostics.Finding;
import dev.policyascode.diagnostics.RuleMeta;
import dev.policyascode.diagnostics.Severity;
import dev.policyascode.lint.api.AbstractRule;
import dev.policyascode.lint.api.VersionContext;
import dev.policyascode.model.Activity;
import dev.policyascode.model.Recipient;
import dev.policyascode.model.StoreLabels;
import java.util.List;
import java.util.function.Consumer;

/**
 * A label saying a category is not shared while the notice gives it to a recipient that is a
 * controller of its own (a third party for both stores; a processor is not).
 */
public final class LabelsNotShared extends AbstractRule {

  public static final RuleMeta META =
      new RuleMeta(
          "labels-not-shared",
          "labels",
          Severity.ERROR,
          "A store label saying data is not shared while the notice names a third party"
              + " receiving it",
          "Art. 13(1)(e) (the recipients), and the stores' definitions of sharing");

  public LabelsNotShared() {
    super(META);
  }

  @Override
  public void check(VersionContext context, Consumer<Finding> report) {
    StoreLabels labels = LabelFacts.labels(context).orElse(null);
    if (labels == null) return;
    for (StoreLabels.Entry e : labels.categories()) {
      if (e.shared()) continue;
      for (Activity a : LabelFacts.users(context.version(), e.category())) {
        List<Recipient> third = LabelFacts.thirdParties(context.version(), a);
        if (third.isEmpty()) continue;
        report.accept(
            Finding.of(
                META,
                e.at("shared"),
                "the labels say '"
                    + e.category()
                    + "' is not shared, but the activity '"
                    + a.id()
                    + "' gives it to "
                    + third.get(0).name()
                    + ", a "
                    + third.get(0).role().word()
                    + " of its own; write shared: true, or correct the recipient's role"));
        break;
      }
    }
  }
}
