package dev.policyascode.lint;

import dev.policyascode.model.Policy;
import dev.policyascode.model.PolicyVersion;
import dev.policyascode.text.Numbering;
import java.util.Objects;

/** What a rule sees: one version, the policy it belongs to, and its computed section numbers. */
public record VersionContext(Policy policy, PolicyVersion version, Numbering numbering) {
  public VersionContext {
    Objects.requireNonNull(policy, "policy must not be null");
    Objects.requireNonNull(version, "version must not be null");
    Objects.requireNonNull(numbering, "numbering must not be null");
  }

  public static VersionContext of(Policy policy, PolicyVersion version) {
    return new VersionContext(policy, version, new Numbering(version));
  }
}
