package dev.policyascode.lint;

import dev.policyascode.diagnostics.Finding;
import dev.policyascode.diagnostics.RuleMeta;
import dev.policyascode.diagnostics.SourceText;
import dev.policyascode.diagnostics.Suppressed;
import dev.policyascode.model.Policy;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The outcome of linting a folder: the policies that loaded, the ids of those that could not be
 * read (never to be rendered, or their published pages would vanish), every finding in order, the
 * findings suppressed by a comment in the YAML, the rules that ran (for reports that describe
 * them), the text of the files read (reports name a finding by the text around it), and the SHA-256
 * of every file read, by its name in findings (for a render that skips what has not changed).
 */
public record LintReport(
    List<Policy> policies,
    List<String> unreadable,
    List<Finding> findings,
    List<Suppressed> suppressed,
    List<RuleMeta> rules,
    int filesRead,
    SourceText sources,
    Map<String, String> digests) {

  public LintReport {
    policies = List.copyOf(policies);
    unreadable = List.copyOf(unreadable);
    findings = List.copyOf(findings);
    suppressed = List.copyOf(suppressed);
    rules = List.copyOf(rules);
    Objects.requireNonNull(sources, "sources must not be null");
    digests = Map.copyOf(digests);
  }
}
