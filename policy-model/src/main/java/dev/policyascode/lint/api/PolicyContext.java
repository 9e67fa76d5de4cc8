package dev.policyascode.lint.api;

import dev.policyascode.model.Policy;
import dev.policyascode.versions.History;
import java.util.Objects;

/**
 * What a rule about a policy's history sees: every version at once, the lock as committed and the
 * version files as they are now.
 */
public record PolicyContext(Policy policy, History history) {
  public PolicyContext {
    Objects.requireNonNull(policy, "policy must not be null");
    Objects.requireNonNull(history, "history must not be null");
  }
}
