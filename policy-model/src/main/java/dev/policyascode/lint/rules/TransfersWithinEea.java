package dev.policyascode.lint.rules;

import dev.policyascode.diagnostics.Finding;
import dev.policyascode.diagnostics.RuleMeta;
import dev.policyascode.diagnostics.Severity;
import dev.policyascode.gdpr.Eea;
import dev.policyascode.lint.api.AbstractRule;
import dev.policyascode.lint.api.VersionContext;
import dev.policyascode.model.*;
import java.util.function.Consumer;

/** Data sent to an EEA country is not a transfer to a third country: the entry misleads. */
public final class TransfersWithinEea extends AbstractRule {

  public static final RuleMeta META =
      new RuleMeta(
          "transfers-within-eea",
          "transfers",
          Severity.WARNING,
          "A transfer to a country of the EEA, which is not a transfer to a third country",
          "Art. 44 (transfers to third countries) and the EEA Agreement");

  public TransfersWithinEea() {
    super(META);
  }

  @Override
  public void check(VersionContext context, Consumer<Finding> report) {
    for (Transfer t : context.version().registers().transfers()) {
      // A transfer to an international organisation has no country: it is never within the EEA.
      String country = t.country().orElse(null);
      if (country == null || !Eea.contains(country, context.version().effective())) continue;
      report.accept(
          Finding.of(
              META,
              t.at("country"),
              "the transfer to "
                  + Eea.countries().get(country).name()
                  + " ("
                  + country
                  + ") is not a transfer outside the EEA; remove it from transfers, or correct the"
                  + " country"));
    }
  }
}
