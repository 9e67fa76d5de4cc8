package dev.policyascode.lint.rules;

import dev.policyascode.lint.Rule;
import dev.policyascode.lint.RuleMeta;
import dev.policyascode.lint.Severity;

/**
 * A syntax error, a tab used for indentation, an unclosed quote, a file that is not UTF-8. Reported
 * by the loader, which finds it while reading the file.
 */
public final class YamlSyntax implements Rule {

  public static final RuleMeta META =
      new RuleMeta(
          "schema-yaml-syntax",
          "schema",
          Severity.ERROR,
          "A file is not well-formed YAML",
          "YAML 1.1 specification");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public boolean reportedWhileLoading() {
    return true;
  }
}
