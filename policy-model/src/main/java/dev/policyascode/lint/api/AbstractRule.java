package dev.policyascode.lint.api;

import dev.policyascode.diagnostics.RuleMeta;
import java.util.Objects;

/**
 * What every rule shares: its metadata, handed over once by the rule's constructor. A rule states
 * its id, family, severity, summary and basis in its own {@code META} and nowhere else; the rule
 * pages' headers and the rules index are generated from it.
 */
public abstract class AbstractRule implements Rule {

  private final RuleMeta meta;

  protected AbstractRule(RuleMeta meta) {
    this.meta = Objects.requireNonNull(meta, "meta must not be null");
  }

  @Override
  public final RuleMeta meta() {
    return meta;
  }

  /** The rule's id, which is what a test report or a debugger should show of it. */
  @Override
  public String toString() {
    return meta.id();
  }
}
