package dev.policyascode.lint.rules;

import dev.policyascode.diagnostics.RuleMeta;
import dev.policyascode.diagnostics.Severity;
import dev.policyascode.lint.api.AbstractRule;

/**
 * A suppression comment that suppresses nothing, usually because the finding was fixed: the
 * comment, and its reason, no longer say anything true. Reported by the linter while it applies the
 * suppression comments, after the other rules.
 */
public final class SuppressUnused extends AbstractRule {

  public static final RuleMeta META =
      new RuleMeta(
          "suppress-unused",
          "suppress",
          Severity.WARNING,
          "A suppression comment that suppresses no finding",
          "Art. 5(2): the controller is accountable, so a waived check keeps its reason");

  public SuppressUnused() {
    super(META);
  }
}
