package dev.policyascode.diagnostics;

import java.util.Comparator;
import java.util.Objects;

/**
 * One thing a rule found: a value, not an exception. The message says what is wrong and how to fix
 * it, in words a lawyer editing the YAML understands.
 *
 * <p>The message is always one line: many rules quote what the author wrote, and a line break or a
 * control character in it is shown as its escape ({@link OneLine}), so that no value can write a
 * line of its own into a build log or a report.
 */
public record Finding(String ruleId, Severity severity, String message, Position at)
    implements Comparable<Finding> {

  private static final Comparator<Finding> ORDER =
      Comparator.comparing(Finding::at)
          .thenComparing(Finding::ruleId)
          .thenComparing(Finding::message);

  public Finding {
    Objects.requireNonNull(ruleId, "ruleId must not be null");
    Objects.requireNonNull(severity, "severity must not be null");
    Objects.requireNonNull(message, "message must not be null");
    Objects.requireNonNull(at, "at must not be null");
    message = OneLine.of(message);
  }

  /** A finding of {@code rule} at its default severity. */
  public static Finding of(RuleMeta rule, Position at, String message) {
    return new Finding(rule.id(), rule.severity(), message, at);
  }

  public Finding withSeverity(Severity s) {
    return new Finding(ruleId, s, message, at);
  }

  /** {@code path/file.yaml:12:5: error: message [rule-id]}, the form editors and CI understand. */
  public String format() {
    // The file's name comes from the repository too, and may hold a line break of its own.
    return OneLine.of(at + ": " + severity.label() + ": " + message + " [" + ruleId + "]");
  }

  @Override
  public int compareTo(Finding o) {
    return ORDER.compare(this, o);
  }
}
