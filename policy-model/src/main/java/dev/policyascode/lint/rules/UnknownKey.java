package dev.policyascode.lint.rules;

import dev.policyascode.lint.Rule;
import dev.policyascode.lint.RuleMeta;
import dev.policyascode.lint.Severity;

/**
 * A key the format does not have, often a typo; the message suggests the nearest known key.
 * Reported by the loader, which finds it while reading the file.
 */
public final class UnknownKey implements Rule {

  public static final RuleMeta META =
      new RuleMeta(
          "schema-unknown-key",
          "schema",
          Severity.ERROR,
          "A key that the format does not know",
          "Format v1");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public boolean reportedWhileLoading() {
    return true;
  }
}
