package dev.policyascode.lint.report;

import dev.policyascode.diagnostics.Severity;
import java.util.Objects;

/**
 * One line for the build log and the level it is logged at, decided by the core so that the plugin
 * only passes it on: errors at error, warnings at warn, everything else (accepted findings, counts,
 * baseline changes) at info.
 */
public record LogLine(Severity level, String text) {
  public LogLine {
    Objects.requireNonNull(level, "level must not be null");
    Objects.requireNonNull(text, "text must not be null");
  }

  static LogLine info(String text) {
    return new LogLine(Severity.INFO, text);
  }

  static LogLine warn(String text) {
    return new LogLine(Severity.WARNING, text);
  }
}
