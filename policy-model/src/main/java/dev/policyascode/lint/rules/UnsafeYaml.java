package dev.policyascode.lint.rules;

import dev.policyascode.lint.Rule;
import dev.policyascode.lint.RuleMeta;
import dev.policyascode.lint.Severity;

/**
 * Type tags such as !!javax.script.ScriptEngineManager, anchors and aliases, files too large or too
 * deeply nested. Reported by the loader, which finds it while reading the file.
 */
public final class UnsafeYaml implements Rule {

  public static final RuleMeta META =
      new RuleMeta(
          "schema-unsafe-yaml",
          "schema",
          Severity.ERROR,
          "A file uses a YAML feature that policy files do not allow",
          "Security: a policy file is data, never code");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public boolean reportedWhileLoading() {
    return true;
  }
}
