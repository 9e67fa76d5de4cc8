package dev.policyascode.lint.api;

import dev.policyascode.diagnostics.Finding;
import dev.policyascode.diagnostics.RuleMeta;
import java.util.function.Consumer;

/**
 * A lint rule: its metadata and its check. Rules of the {@code schema} family report while files
 * are loaded, so their check does nothing; the others look at one loaded version at a time, or at a
 * policy's history.
 */
public interface Rule {

  RuleMeta meta();

  /**
   * Whether the loader reports this rule. A file with such a problem cannot be read, so the finding
   * can be neither switched off nor lowered: the policy would silently drop out of the build.
   */
  default boolean reportedWhileLoading() {
    return false;
  }

  /**
   * Whether a finding of this rule may be accepted by a baseline or suppressed by a comment in the
   * YAML. Not when the finding must be fixed for the build to mean anything: a file that cannot be
   * read, or a published version that was edited after it was locked.
   */
  default boolean acceptable() {
    return !reportedWhileLoading();
  }

  /**
   * Reports what the rule finds in one version. It may read that version, its policy's own values
   * (policy.yaml, store labels, translations) and whether the version is the newest: that is what
   * the lint cache keys a version's findings by ({@code lint.cache.VersionKey}). A check that reads
   * another version's content or the lock belongs in {@link #checkPolicy}, or must be added there.
   */
  default void check(VersionContext context, Consumer<Finding> report) {}

  /**
   * Reports what the rule finds across a policy's versions: the rules of the {@code versions}
   * family compare the versions with each other and with the lock.
   */
  default void checkPolicy(PolicyContext context, Consumer<Finding> report) {}
}
