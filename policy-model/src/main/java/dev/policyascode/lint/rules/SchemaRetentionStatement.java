package dev.policyascode.lint.rules;

import dev.policyascode.diagnostics.Finding;
import dev.policyascode.diagnostics.RuleMeta;
import dev.policyascode.diagnostics.Severity;
import dev.policyascode.lint.api.AbstractRule;
import dev.policyascode.lint.api.VersionContext;
import dev.policyascode.model.RetentionRule;
import java.util.function.Consumer;

/**
 * A retention statement that does not show its rule's period, or asks for an event the rule does
 * not have. The period in the text must come from the data, or the two drift apart.
 */
public final class SchemaRetentionStatement extends AbstractRule {

  public static final RuleMeta META =
      new RuleMeta(
          "schema-retention-statement",
          "schema",
          Severity.ERROR,
          "A retention statement that does not take its period from the rule",
          "Art. 13(2)(a): the period for which the personal data will be stored");

  public SchemaRetentionStatement() {
    super(META);
  }

  @Override
  public void check(VersionContext context, Consumer<Finding> report) {
    for (RetentionRule rule : context.version().registers().retention()) {
      String text = rule.statement().text();
      if (!text.contains("{period}")) {
        report.accept(
            Finding.of(
                META,
                rule.statement().at(),
                "the statement of '"
                    + rule.id()
                    + "' does not say {period}; write {period} where the text states how long, so that it"
                    + " always shows the rule's period ("
                    + rule.period().iso().map(iso -> iso + ", ").orElse("")
                    + dev.policyascode.text.Durations.inWords(rule.period())
                    + ")"));
      }
      int from = text.indexOf("{from}");
      if (from >= 0 && rule.from().isEmpty()) {
        report.accept(
            Finding.of(
                META,
                rule.statement().at(from, 6),
                "the statement of '"
                    + rule.id()
                    + "' says {from}, but the rule has no 'from'; add the event the period runs from"));
      }
    }
  }
}
