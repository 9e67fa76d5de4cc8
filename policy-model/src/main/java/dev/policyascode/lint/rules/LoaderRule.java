package dev.policyascode.lint.rules;

import dev.policyascode.diagnostics.RuleMeta;
import dev.policyascode.lint.api.Rule;
import dev.policyascode.load.LoadRules;
import java.util.Objects;

/**
 * A problem the loader reports while it reads a file ({@link LoadRules}): listed among the rules so
 * that it is documented and named like them, with no check of its own.
 */
public final class LoaderRule implements Rule {

  private final RuleMeta meta;

  public LoaderRule(RuleMeta meta) {
    this.meta = Objects.requireNonNull(meta, "meta must not be null");
  }

  @Override
  public RuleMeta meta() {
    return meta;
  }

  @Override
  public boolean reportedWhileLoading() {
    return true;
  }
}
