package dev.policyascode.lint.rules;

import dev.policyascode.diagnostics.Finding;
import dev.policyascode.diagnostics.RuleMeta;
import dev.policyascode.diagnostics.Severity;
import dev.policyascode.lint.api.AbstractRule;
import dev.policyascode.lint.api.VersionContext;
import dev.policyascode.model.HowLong;
import dev.policyascode.model.RetentionRule;
import java.util.List;
import java.util.function.Consumer;

/**
 * A retention rule must say how long in exactly one form: {@code period} (a length of time), {@code
 * until} (an event from the closed list) or {@code criterion} (the words that fix it). None leaves
 * {period} with nothing to say; two leave the reader unsure which holds.
 */
public final class SchemaRetentionPeriod extends AbstractRule {

  public static final RuleMeta META =
      new RuleMeta(
          "schema-retention-period",
          "schema",
          Severity.ERROR,
          "A retention rule with no period, event or criterion, or with more than one",
          "Format v1; Art. 13(2)(a): the period, or if that is not possible the criteria used to"
              + " determine it");

  public SchemaRetentionPeriod() {
    super(META);
  }

  private static final List<String> FORMS = List.of("period", "until", "criterion");

  @Override
  public void check(VersionContext context, Consumer<Finding> report) {
    for (RetentionRule rule : context.version().registers().retention()) {
      List<String> written = FORMS.stream().filter(k -> rule.positions().written(k)).toList();
      if (rule.period() instanceof HowLong.Unstated) {
        report.accept(
            Finding.of(
                META,
                rule.at(),
                "the retention rule '"
                    + rule.id()
                    + "' does not say how long; add period: (such as P3Y), until: (such as"
                    + " account-closed) or criterion: (the words that fix the period)"));
      } else if (written.size() > 1) {
        report.accept(
            Finding.of(
                META,
                rule.at(written.get(1)),
                "the retention rule '"
                    + rule.id()
                    + "' says how long twice ("
                    + String.join(" and ", written)
                    + "); keep one of them, and write a period that runs from an event as period:"
                    + " with from:"));
      }
    }
  }
}
