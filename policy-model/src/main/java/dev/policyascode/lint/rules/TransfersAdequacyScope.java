package dev.policyascode.lint.rules;

import dev.policyascode.diagnostics.Finding;
import dev.policyascode.diagnostics.RuleMeta;
import dev.policyascode.diagnostics.Severity;
import dev.policyascode.gdpr.AdequacyDecisions;
import dev.policyascode.lint.api.AbstractRule;
import dev.policyascode.lint.api.VersionContext;
import dev.policyascode.model.*;
import java.util.function.Consumer;

/**
 * Some decisions cover only some organisations (the United States: those certified under the Data
 * Privacy Framework; Canada: commercial organisations under PIPEDA). The transfer must say why its
 * recipient is covered.
 */
public final class TransfersAdequacyScope extends AbstractRule {

  public static final RuleMeta META =
      new RuleMeta(
          "transfers-adequacy-scope",
          "transfers",
          Severity.WARNING,
          "A transfer on a partial adequacy decision that does not say the recipient is covered",
          "Art. 45(1): a decision may cover only a sector or some organisations of a country");

  public TransfersAdequacyScope() {
    super(META);
  }

  @Override
  public void check(VersionContext context, Consumer<Finding> report) {
    for (Transfer t : context.version().registers().transfers()) {
      if (t.safeguard() != Safeguard.ADEQUACY_DECISION || t.details().isPresent()) continue;
      AdequacyDecisions.inForce(t.destination(), context.version().effective())
          .flatMap(d -> d.scope())
          .ifPresent(
              scope ->
                  report.accept(
                      Finding.of(
                          META,
                          t.at("safeguard"),
                          "the adequacy decision for "
                              + TransfersAdequacy.name(t.destination())
                              + " covers only "
                              + scope
                              + "; say in details: why '"
                              + t.recipient().id()
                              + "' is covered (for example its certification)")));
    }
  }
}
