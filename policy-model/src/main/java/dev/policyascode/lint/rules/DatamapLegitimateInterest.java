package dev.policyascode.lint.rules;

import dev.policyascode.diagnostics.Finding;
import dev.policyascode.diagnostics.RuleMeta;
import dev.policyascode.diagnostics.Severity;
import dev.policyascode.lint.api.AbstractRule;
import dev.policyascode.lint.api.VersionContext;
import dev.policyascode.model.*;
import java.util.function.Consumer;

/** An activity on legitimate interests must say which interest (Art. 13(1)(d)). */
public final class DatamapLegitimateInterest extends AbstractRule {

  public static final RuleMeta META =
      new RuleMeta(
          "datamap-legitimate-interest",
          "datamap",
          Severity.ERROR,
          "An activity on legitimate interests that does not name the interest",
          "Art. 6(1)(f) and Art. 13(1)(d): where processing rests on legitimate interests, the"
              + " notice names the interests pursued");

  public DatamapLegitimateInterest() {
    super(META);
  }

  @Override
  public void check(VersionContext context, Consumer<Finding> report) {
    for (Activity a : context.version().registers().activities()) {
      if (a.legalBasis() != LegalBasis.LEGITIMATE_INTERESTS) continue;
      if (a.legitimateInterest().filter(s -> !s.isBlank()).isPresent()) continue;
      report.accept(
          Finding.of(
              META,
              a.at("legal_basis"),
              "the activity '"
                  + a.id()
                  + "' rests on legitimate interests but does not say which interest; add"
                  + " legitimate_interest: with the interest pursued, in the words of the policy"
                  + " (Art. 13(1)(d) requires it)"));
    }
  }
}
