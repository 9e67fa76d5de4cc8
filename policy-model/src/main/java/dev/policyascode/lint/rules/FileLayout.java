package dev.policyascode.lint.rules;

import dev.policyascode.lint.Rule;
import dev.policyascode.lint.RuleMeta;
import dev.policyascode.lint.Severity;

/**
 * A version file whose name is not its version id, a policy folder without policy.yaml, a policy id
 * that is not its folder name. Reported by the loader, which finds it while reading the file.
 */
public final class FileLayout implements Rule {

  public static final RuleMeta META =
      new RuleMeta(
          "schema-file-layout",
          "schema",
          Severity.ERROR,
          "A file whose name or place does not match its content",
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
