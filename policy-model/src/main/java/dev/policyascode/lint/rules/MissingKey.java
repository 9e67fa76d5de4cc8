package dev.policyascode.lint.rules;

import dev.policyascode.lint.Rule;
import dev.policyascode.lint.RuleMeta;
import dev.policyascode.lint.Severity;

/**
 * A mapping lacks a key that the format requires. Reported by the loader, which finds it while
 * reading the file.
 */
public final class MissingKey implements Rule {

  public static final RuleMeta META =
      new RuleMeta(
          "schema-missing-key", "schema", Severity.ERROR, "A required key is missing", "Format v1");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public boolean reportedWhileLoading() {
    return true;
  }
}
