package dev.policyascode.lint.rules;

import dev.policyascode.diagnostics.Finding;
import dev.policyascode.diagnostics.RuleMeta;
import dev.policyascode.diagnostics.Severity;
import dev.policyascode.lint.api.AbstractRule;
import dev.policyascode.lint.api.VersionContext;
import dev.policyascode.model.StoreLabels;
import java.util.function.Consumer;

/**
 * A store data type declared for a data category that no processing activity of the newest version
 * uses: the label claims a collection the notice does not explain, or the category is a leftover.
 */
public final class LabelsUnusedType extends AbstractRule {

  public static final RuleMeta META =
      new RuleMeta(
          "labels-unused-type",
          "labels",
          Severity.WARNING,
          "A store data type declared for a data category that no processing activity uses",
          "Art. 5(1)(a) (transparency) and Art. 13(1)(c) (the purposes of the processing)");

  public LabelsUnusedType() {
    super(META);
  }

  @Override
  public void check(VersionContext context, Consumer<Finding> report) {
    StoreLabels labels = LabelFacts.labels(context).orElse(null);
    if (labels == null) return;
    for (StoreLabels.Entry e : labels.categories()) {
      if (e.play().isEmpty() && e.apple().isEmpty()) continue;
      if (!LabelFacts.users(context.version(), e.category()).isEmpty()) continue;
      report.accept(
          Finding.of(
              META,
              e.at("category"),
              "the store labels declare '"
                  + e.category()
                  + "' as collected, but no processing activity of version "
                  + context.version().id()
                  + " uses it; add it to the activity that processes it, or take it off the"
                  + " labels"));
    }
  }
}
