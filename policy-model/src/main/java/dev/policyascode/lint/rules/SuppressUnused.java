package dev.policyascode.lint.rules;

import dev.policyascode.lint.Rule;
import dev.policyascode.lint.RuleMeta;
import dev.policyascode.lint.Severity;

/**
 * A suppression comment that suppresses nothing, usually because the finding was fixed: the
 * comment, and its reason, no longer say anything true. Reported by the linter while it applies the
 * suppression comments, after the other rules.
 */
public final class SuppressUnused implements Rule {

  public static final RuleMeta META =
      new RuleMeta(
          "suppress-unused",
          "suppress",
          Severity.WARNING,
          "A suppression comment that suppresses no finding",
          "Art. 5(2): the controller is accountable, so a waived check keeps its reason");

  @Override
  public RuleMeta meta() {
    return META;
  }
}
