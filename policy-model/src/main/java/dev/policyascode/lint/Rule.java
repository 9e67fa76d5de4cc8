package dev.policyascode.lint;

import java.util.function.Consumer;

/**
 * A lint rule: its metadata and its check. Rules of the {@code schema} family report while files
 * are loaded, so their check does nothing; the others look at one loaded version at a time.
 */
public interface Rule {

  RuleMeta meta();

  /** Reports what the rule finds in one version. */
  default void check(VersionContext context, Consumer<Finding> report) {}
}
