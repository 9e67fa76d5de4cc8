package dev.policyascode.maven;

import dev.policyascode.diagnostics.Severity;
import dev.policyascode.lint.Linter;
import dev.policyascode.lint.RuleSetting;
import dev.policyascode.lint.cache.LintCache;
import dev.policyascode.lint.report.RuleDocs;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * The lint's parameters read into what the core takes, each refused with a sentence naming the
 * parameter as the POM spells it. Reading only: the core decides what the values mean.
 */
final class LintParameters {

  private LintParameters() {}

  /** The least severe finding that fails the build; empty for {@code none}. */
  static Optional<Severity> threshold(String failOn) throws MojoExecutionException {
    if (failOn != null && failOn.trim().equalsIgnoreCase("none")) return Optional.empty();
    Optional<Severity> s = failOn == null ? Optional.empty() : Severity.parse(failOn);
    if (s.isEmpty()) {
      throw new MojoExecutionException(
          "failOn (policy.failOn) is '" + failOn + "'; write error, warning, info or none");
    }
    return s;
  }

  static RuleDocs docs(String rulesDocBaseUrl) throws MojoExecutionException {
    if (rulesDocBaseUrl == null || rulesDocBaseUrl.isBlank()) return RuleDocs.standard();
    try {
      return RuleDocs.at(rulesDocBaseUrl.trim());
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException(
          "rulesDocBaseUrl (policy.rulesDocBaseUrl): " + e.getMessage());
    }
  }

  /** Without a cache: for a lint of a copy (adopt), which no later build lints again. */
  static Linter linter(Map<String, String> rules, Path displayRoot, RuleNumbers numbers)
      throws MojoExecutionException {
    return linter(rules, displayRoot, numbers, null);
  }

  static Linter linter(
      Map<String, String> rules, Path displayRoot, RuleNumbers numbers, LintCache cache)
      throws MojoExecutionException {
    Linter.Builder builder = Linter.builder().displayRoot(displayRoot).cache(cache);
    numbers.applyTo(builder);
    if (rules != null) {
      for (Map.Entry<String, String> rule : rules.entrySet()) {
        String word = rule.getValue() == null ? "" : rule.getValue();
        RuleSetting setting =
            RuleSetting.parse(word).orElseThrow(() -> notALevel(rule.getKey(), word));
        try {
          builder.rule(rule.getKey(), setting);
        } catch (IllegalArgumentException e) {
          throw new MojoExecutionException("In <rules>: " + e.getMessage());
        }
      }
    }
    return builder.build();
  }

  /** What the report depends on besides the files: the rule settings and how paths are shown. */
  static String settings(Map<String, String> rules, Path displayRoot, RuleNumbers numbers) {
    return numbers.describe()
        + " root="
        + displayRoot.toAbsolutePath().normalize()
        + " rules="
        + new TreeMap<>(rules == null ? Map.of() : rules);
  }

  private static MojoExecutionException notALevel(String rule, String word) {
    return new MojoExecutionException(
        "The rule '"
            + rule
            + "' is set to '"
            + word
            + "' in <rules>; write off, error, warning or info");
  }
}
