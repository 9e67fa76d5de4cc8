package dev.policyascode.lint.report;

import dev.policyascode.diagnostics.Finding;
import dev.policyascode.diagnostics.Severity;
import dev.policyascode.json.JsonArray;
import java.nio.file.Path;

/**
 * Writes the new findings as a GitLab code quality report (a subset of the CodeClimate JSON
 * format), which GitLab shows in the merge request and the pipeline: GitLab does not read SARIF.
 * Findings accepted by the baseline or suppressed by a comment are left out, as they do not fail
 * the build. Each finding keeps the fingerprint the SARIF report gives it, so both name it alike.
 */
public final class CodeQualityWriter {

  private CodeQualityWriter() {}

  /** Writes {@code outcome}'s new findings to {@code out}, creating folders as needed. */
  public static void write(LintOutcome outcome, Path out) {
    JsonFiles.write(json(outcome), out);
  }

  static JsonArray json(LintOutcome outcome) {
    JsonArray issues = new JsonArray();
    for (Reported r : Reported.all(outcome)) {
      if (r.status() != Reported.Status.NEW) continue;
      Finding f = r.finding();
      var issue =
          issues
              .addObject()
              .put("description", f.message())
              .put("check_name", f.ruleId())
              .put("fingerprint", r.fingerprint().sarif())
              .put("severity", severity(f.severity()));
      issue
          .putObject("location")
          .put("path", f.at().file())
          .putObject("lines")
          .put("begin", f.at().line());
    }
    return issues;
  }

  /** GitLab's scale is info, minor, major, critical, blocker; an error fails the build: major. */
  private static String severity(Severity s) {
    return switch (s) {
      case ERROR -> "major";
      case WARNING -> "minor";
      case INFO -> "info";
    };
  }
}
