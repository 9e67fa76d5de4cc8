package dev.policyascode.lint.rules;

import dev.policyascode.diagnostics.Finding;
import dev.policyascode.diagnostics.RuleMeta;
import dev.policyascode.diagnostics.Severity;
import dev.policyascode.lint.api.AbstractRule;
import dev.policyascode.lint.api.VersionContext;
import dev.policyascode.model.*;
import java.util.function.Consumer;

/**
 * An activity on consent obliges the notice to tell people they may withdraw it (Art. 13(2)(c)).
 */
public final class DatamapConsentWithdrawal extends AbstractRule {

  public static final RuleMeta META =
      new RuleMeta(
          "datamap-consent-withdrawal",
          "datamap",
          Severity.ERROR,
          "An activity on consent while the policy does not state the right to withdraw it",
          "Art. 7(3) and Art. 13(2)(c): the right to withdraw consent at any time");

  public DatamapConsentWithdrawal() {
    super(META);
  }

  @Override
  public void check(VersionContext context, Consumer<Finding> report) {
    Registers r = context.version().registers();
    boolean stated = r.rights().stream().anyMatch(s -> s.right() == Right.WITHDRAW_CONSENT);
    if (stated) return;
    for (Activity a : r.activities()) {
      if (a.legalBasis() != LegalBasis.CONSENT) continue;
      report.accept(
          Finding.of(
              META,
              a.at("legal_basis"),
              "the activity '"
                  + a.id()
                  + "' rests on consent, but the rights list has no withdraw-consent; add"
                  + " '- {right: withdraw-consent, label: ...}' under rights and say in the text"
                  + " how to withdraw consent, as easily as it was given"));
    }
  }
}
