package dev.policyascode.lint;

import dev.policyascode.diagnostics.Severity;
import java.util.Optional;

/**
 * How a project configures one rule: off, or at a severity other than its default.
 *
 * @param severity the severity to report at; empty means the rule is off
 */
public record RuleSetting(Optional<Severity> severity) {

  public static final RuleSetting OFF = new RuleSetting(Optional.empty());

  public static RuleSetting at(Severity s) {
    return new RuleSetting(Optional.of(s));
  }

  /** Reads off, error, warning or info; empty for any other word. */
  public static Optional<RuleSetting> parse(String word) {
    if (word.trim().equalsIgnoreCase("off")) return Optional.of(OFF);
    return Severity.parse(word).map(RuleSetting::at);
  }
}
