package dev.policyascode.lint.rules;

import dev.policyascode.diagnostics.RuleMeta;
import dev.policyascode.diagnostics.Severity;
import dev.policyascode.lint.api.AbstractRule;

/**
 * A suppression comment that cannot be honoured: no reason, no rule, an unknown rule, or a rule
 * that cannot be suppressed. Such a comment suppresses nothing. Reported by the linter while it
 * applies the suppression comments, after the other rules.
 */
public final class SuppressInvalid extends AbstractRule {

  public static final RuleMeta META =
      new RuleMeta(
          "suppress-invalid",
          "suppress",
          Severity.ERROR,
          "A suppression comment without a reason, or naming no rule, an unknown rule or one that"
              + " cannot be suppressed",
          "Art. 5(2): the controller is accountable, so a waived check keeps its reason");

  public SuppressInvalid() {
    super(META);
  }
}
