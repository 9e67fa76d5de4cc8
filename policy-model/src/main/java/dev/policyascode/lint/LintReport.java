package dev.policyascode.lint;

import dev.policyascode.model.Policy;
import java.util.List;
import java.util.Map;

/**
 * The outcome of linting a folder: the policies that loaded, the ids of those that could not be
 * read (never to be rendered, or their published pages would vanish), every finding in order, and
 * the rules that ran (for reports that describe them), and the SHA-256 of every file read, by its
 * name in findings (for a render that skips what has not changed).
 */
public record LintReport(
    List<Policy> policies,
    List<String> unreadable,
    List<Finding> findings,
    List<RuleMeta> rules,
    int filesRead,
    Map<String, String> sources) {

  public LintReport {
    policies = List.copyOf(policies);
    unreadable = List.copyOf(unreadable);
    findings = List.copyOf(findings);
    rules = List.copyOf(rules);
    sources = Map.copyOf(sources);
  }

  /** A report without source digests: its policies are always rendered in full. */
  public LintReport(
      List<Policy> policies,
      List<String> unreadable,
      List<Finding> findings,
      List<RuleMeta> rules,
      int filesRead) {
    this(policies, unreadable, findings, rules, filesRead, Map.of());
  }
}
