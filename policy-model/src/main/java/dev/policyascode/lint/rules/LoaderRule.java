package dev.policyascode.lint.rules;

import dev.policyascode.diagnostics.RuleMeta;
import dev.policyascode.lint.api.AbstractRule;
import dev.policyascode.load.LoadRules;

/**
 * A problem the loader reports while it reads a file ({@link LoadRules}): listed among the rules so
 * that it is documented and named like them, with no check of its own. It has no class of its own
 * either: its metadata is the {@link LoadRules} constant named after its id.
 */
public final class LoaderRule extends AbstractRule {

  public LoaderRule(RuleMeta meta) {
    super(meta);
  }

  @Override
  public boolean reportedWhileLoading() {
    return true;
  }
}
