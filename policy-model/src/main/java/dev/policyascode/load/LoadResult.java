package dev.policyascode.load;

import dev.policyascode.lint.Finding;
import java.util.List;
import dev.policyascode.model.Policy;

/**
 * What loading a folder of policies gave: the policies whose files were all well-formed, and a
 * finding for every problem in the others. A policy with any loading problem is left out whole, so
 * that nothing is rendered from half a policy.
 */
public record LoadResult(List<Policy> policies, List<Finding> findings, int filesRead) {
  public LoadResult {
    policies = List.copyOf(policies);
    findings = List.copyOf(findings);
  }
}
