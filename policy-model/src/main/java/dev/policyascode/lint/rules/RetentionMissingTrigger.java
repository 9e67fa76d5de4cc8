package dev.policyascode.lint.rules;

import dev.policyascode.diagnostics.Finding;
import dev.policyascode.diagnostics.RuleMeta;
import dev.policyascode.diagnostics.Severity;
import dev.policyascode.lint.api.AbstractRule;
import dev.policyascode.lint.api.VersionContext;
import dev.policyascode.model.*;
import java.util.function.Consumer;

/** A retention period that runs from no stated event: "one year" from when? */
public final class RetentionMissingTrigger extends AbstractRule {

  public static final RuleMeta META =
      new RuleMeta(
          "retention-missing-trigger",
          "retention",
          Severity.WARNING,
          "A retention rule that does not say from which event its period runs",
          "Art. 13(2)(a): the period for which the data will be stored");

  public RetentionMissingTrigger() {
    super(META);
  }

  @Override
  public void check(VersionContext context, Consumer<Finding> report) {
    for (RetentionRule rule : context.version().registers().retention()) {
      // An event or a criterion is its own end: "until the account is closed" runs from nothing.
      if (rule.from().isPresent() || rule.period().iso().isEmpty()) continue;
      report.accept(
          Finding.of(
              META,
              rule.at("period"),
              "the retention rule '"
                  + rule.id()
                  + "' keeps data for "
                  + dev.policyascode.text.Durations.inWords(rule.period())
                  + " but does not say from when; add from: with the event the period runs from,"
                  + " such as the end of the contract or the day the data is collected"));
    }
  }
}
