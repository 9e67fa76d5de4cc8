package dev.policyascode.lint;

import dev.policyascode.model.Policy;
import java.util.List;

/**
 * The outcome of linting a folder: the policies that loaded, every finding in order, and the rules
 * that ran (for reports that describe them).
 */
public record LintReport(
    List<Policy> policies, List<Finding> findings, List<RuleMeta> rules, int filesRead) {

  public LintReport {
    policies = List.copyOf(policies);
    findings = List.copyOf(findings);
    rules = List.copyOf(rules);
  }

  public long count(Severity severity) {
    return findings.stream().filter(f -> f.severity() == severity).count();
  }
}
