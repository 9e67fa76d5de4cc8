package dev.policyascode.lint.rules;

import dev.policyascode.diagnostics.Finding;
import dev.policyascode.diagnostics.RuleMeta;
import dev.policyascode.diagnostics.Severity;
import dev.policyascode.gdpr.NoticeMatrix;
import dev.policyascode.lint.api.AbstractRule;
import dev.policyascode.lint.api.VersionContext;
import java.util.function.Consumer;

/**
 * An Art. 13 (or 14) item that nothing in the version covers: one finding per item, at the top of
 * the version file. The whole matrix is on the compliance page ({@code policy:compliance}).
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
              context.version().at(),
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
}
