package dev.policyascode.lint.rules;

import dev.policyascode.diagnostics.Finding;
import dev.policyascode.diagnostics.RuleMeta;
import dev.policyascode.diagnostics.Severity;
import dev.policyascode.lint.api.AbstractRule;
import dev.policyascode.lint.api.VersionContext;
import dev.policyascode.model.*;
import java.util.function.Consumer;

/**
 * A period of zero, or one longer than 30 years (the longest limitation period in French civil law,
 * Code civil art. 2227): almost always a typing slip such as P100Y for P10Y.
 */
public final class RetentionImplausiblePeriod extends AbstractRule {

  public static final RuleMeta META =
      new RuleMeta(
          "retention-implausible-period",
          "retention",
          Severity.WARNING,
          "A retention period of zero or of more than 30 years",
          "Art. 5(1)(e): data kept no longer than necessary");

  public RetentionImplausiblePeriod() {
    super(META);
  }

  static final java.time.Period LONGEST = java.time.Period.ofYears(30);

  @Override
  public void check(VersionContext context, Consumer<Finding> report) {
    for (RetentionRule rule : context.version().registers().retention()) {
      // Only a length of time can be too long or nothing; an event or a criterion is neither.
      if (rule.period().iso().isEmpty()) continue;
      long days = approximateDays(java.time.Period.parse(rule.period().iso().get()));
      String words = dev.policyascode.text.Durations.inWords(rule.period());
      if (days == 0) {
        report.accept(
            Finding.of(
                META,
                rule.at("period"),
                "the retention rule '"
                    + rule.id()
                    + "' keeps data for "
                    + words
                    + "; write the real period, or remove the rule if the data is not kept"));
      } else if (days > approximateDays(LONGEST)) {
        report.accept(
            Finding.of(
                META,
                rule.at("period"),
                "the retention rule '"
                    + rule.id()
                    + "' keeps data for "
                    + words
                    + ", longer than any statutory period (30 years); check the period ("
                    + rule.period().iso().get()
                    + ")"));
      }
    }
  }

  private static long approximateDays(java.time.Period p) {
    return p.getYears() * 366L + p.getMonths() * 31L + p.getDays();
  }
}
