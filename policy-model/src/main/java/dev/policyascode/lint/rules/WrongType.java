package dev.policyascode.lint.rules;

import dev.policyascode.lint.Rule;
import dev.policyascode.lint.RuleMeta;
import dev.policyascode.lint.Severity;

/**
 * A list where a text belongs, a date that is not YYYY-MM-DD, a duration that is not ISO-8601, an
 * unknown country code. Reported by the loader, which finds it while reading the file.
 */
public final class WrongType implements Rule {

  public static final RuleMeta META =
      new RuleMeta(
          "schema-wrong-type", "schema", Severity.ERROR, "A value of the wrong type", "Format v1");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public boolean reportedWhileLoading() {
    return true;
  }
}
