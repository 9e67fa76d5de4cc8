package dev.policyascode.lint;

import dev.policyascode.model.Policy;
import java.util.List;

/**
 * The outcome of linting a folder: the policies that loaded, the ids of those that could not be
 * read (never to be rendered, or their published pages would vanish), every finding in order, and
 * the rules that ran (for reports that describe them).
 */
public record LintReport(
    List<Policy> policies,
    List<String> unreadable,
    List<Finding> findings,
    List<RuleMeta> rules,
    int filesRead) {

  public LintReport {
    policies = List.copyOf(policies);
    unreadable = List.copyOf(unreadable);
    findings = List.copyOf(findings);
    rules = List.copyOf(rules);
  }
}
