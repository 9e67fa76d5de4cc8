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
 * A transfer on an adequacy decision that a case still pending before the EU courts may annul. Two
 * decisions for the United States were annulled this way (Schrems, 2015; Schrems II, 2020), each at
 * once and with no period of grace: a controller that relies on one should know, and have another
 * safeguard ready. Info, since the decision applies until a court says otherwise.
 */
public final class TransfersAdequacyChallenged extends AbstractRule {

  public static final RuleMeta META =
      new RuleMeta(
          "transfers-adequacy-challenged",
          "transfers",
          Severity.INFO,
          "A transfer on an adequacy decision that is being challenged in court",
          "Art. 45(3), 263 and 267 TFEU: the Court of Justice may declare a decision invalid");

  public TransfersAdequacyChallenged() {
    super(META);
  }

  @Override
  public void check(VersionContext context, Consumer<Finding> report) {
    for (Transfer t : context.version().registers().transfers()) {
      if (t.safeguard() != Safeguard.ADEQUACY_DECISION) continue;
      AdequacyDecisions.inForce(t.destination(), context.version().effective())
          .filter(d -> !d.pending().isEmpty())
          .ifPresent(
              d ->
                  report.accept(
                      Finding.of(
                          META,
                          t.at("safeguard"),
                          "the adequacy decision for "
                              + TransfersAdequacy.name(t.destination())
                              + " ("
                              + d.decision()
                              + ") is challenged in "
                              + String.join(
                                  " and ",
                                  d.pending().stream()
                                      .map(c -> c.caseName() + " before the " + c.court())
                                      .toList())
                              + ", pending as of "
                              + AdequacyDecisions.checked()
                              + "; if it is annulled, transfers on it stop at once: keep"
                              + " another safeguard ready, such as standard-contractual-clauses")));
    }
  }
}
