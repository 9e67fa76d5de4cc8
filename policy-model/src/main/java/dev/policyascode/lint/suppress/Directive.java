package dev.policyascode.lint.suppress;

import dev.policyascode.diagnostics.Position;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One suppression comment as written, before it is checked: {@code # policy-lint-disable-next-line
 * rule-a, rule-b -- reason}.
 *
 * @param at where the comment's {@code #} is
 * @param kind which directive, as written ({@code policy-lint-disable-next-line})
 * @param rules the rule ids named, in order
 * @param reason the text after {@code --}, empty when there is none
 * @param ownLine whether the comment stands on a line of its own
 * @param firstLine the first line (1-based) whose findings it may suppress; 0 for none
 * @param lastLine the last such line
 */
record Directive(
    Position at,
    String kind,
    List<String> rules,
    Optional<String> reason,
    boolean ownLine,
    int firstLine,
    int lastLine) {

  Directive {
    Objects.requireNonNull(at, "at must not be null");
    Objects.requireNonNull(kind, "kind must not be null");
    rules = List.copyOf(rules);
    Objects.requireNonNull(reason, "reason must not be null");
  }

  Directive withRules(List<String> ids) {
    return new Directive(at, kind, ids, reason, ownLine, firstLine, lastLine);
  }

  boolean covers(Position p) {
    return p.file().equals(at.file()) && p.line() >= firstLine && p.line() <= lastLine;
  }
}
