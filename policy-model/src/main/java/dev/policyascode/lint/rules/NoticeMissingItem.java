package dev.policyascode.lint.rules;

import dev.policyascode.diagnostics.Finding;
import dev.policyascode.diagnostics.Position;
import dev.policyascode.diagnostics.RuleMeta;
import dev.policyascode.diagnostics.Severity;
import dev.policyascode.gdpr.NoticeMatrix;
import dev.policyascode.lint.api.AbstractRule;
import dev.policyascode.lint.api.VersionContext;
import dev.policyascode.model.Contact;
import dev.policyascode.model.Policy;
import java.util.function.Consumer;

/**
 * An Art. 13 (or 14) item that nothing in the version covers: one finding per item, at the top of
 * the version file, or at the controller or the DPO in policy.yaml for the items about them. The
 * whole matrix is on the compliance page ({@code policy:compliance}).
 */
public final class NoticeMissingItem extends AbstractRule {

  public static final RuleMeta META =
      new RuleMeta(
          "notice-missing-item",
          "notice",
          Severity.ERROR,
          "An item the notice must give (Art. 13, or 14) that nothing in the policy covers",
          "Art. 13(1) and (2), and Art. 14(1)(d) and 14(2)(f) where some data is not collected"
              + " from the person");

  public NoticeMissingItem() {
    super(META);
  }

  @Override
  public void check(VersionContext context, Consumer<Finding> report) {
    // A version without a data map is text only: the matrix would call every item missing. The
    // datamap rules take over once the first activity is written.
    if (context.version().registers().activities().isEmpty()) return;
    for (NoticeMatrix.Row row :
        NoticeMatrix.of(context.policy(), context.version(), context.numbering())) {
      if (row.status() != NoticeMatrix.Status.MISSING || row.reportedBy().isPresent()) continue;
      report.accept(
          Finding.of(
              META,
              where(row.item().id(), context),
              "Art. "
                  + row.item().id()
                  + " ("
                  + row.item().name().toLowerCase(java.util.Locale.ROOT)
                  + ") is not covered: "
                  + row.gap()
                  + "; cover it with "
                  + row.item().coveredBy()));
    }
  }

  /** The controller's and the DPO's items are about policy.yaml: their findings are there. */
  private static Position where(String item, VersionContext context) {
    Policy policy = context.policy();
    return switch (item) {
      case "13(1)(a)" -> policy.controller().at();
      case "13(1)(b)" -> policy.dpo().map(Contact::at).orElse(policy.at());
      default -> context.version().at();
    };
  }
}
