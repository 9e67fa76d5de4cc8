package dev.policyascode.lint.rules;

import dev.policyascode.lint.Rule;
import dev.policyascode.lint.RuleMeta;
import dev.policyascode.lint.Severity;

/**
 * YAML would silently keep the last value; the format refuses both. Reported by the loader, which
 * finds it while reading the file.
 */
public final class DuplicateKey implements Rule {

  public static final RuleMeta META =
      new RuleMeta(
          "schema-duplicate-key",
          "schema",
          Severity.ERROR,
          "A key written twice in the same mapping",
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
