package dev.policyascode.lint.report;

import dev.policyascode.diagnostics.Finding;
import dev.policyascode.diagnostics.Severity;
import dev.policyascode.json.JsonArray;
import dev.policyascode.json.JsonObject;
import java.nio.file.Path;

/**
 * Writes the findings as plain JSON, for scripts and dashboards that do not read SARIF. The shape
 * is documented in {@code docs/reporting.md} and changes only with {@link #VERSION}: every finding
 * in the order of its place with what became of it (new, baselined or suppressed), the baseline
 * entries that match nothing any more, and the counts the build decides on. The same outcome always
 * gives the same bytes.
 */
public final class JsonReportWriter {

  /** The version of the report's shape; raised when a field changes meaning or goes away. */
  static final int VERSION = 1;

  private JsonReportWriter() {}

  /**
   * Writes {@code outcome} to {@code out}, creating folders as needed; the old file stays until
   * then.
   */
  public static void write(LintOutcome outcome, Path out) {
    JsonFiles.write(json(outcome), out);
  }

  static JsonObject json(LintOutcome outcome) {
    JsonObject root = new JsonObject();
    root.put("version", VERSION);
    JsonArray findings = root.putArray("findings");
    for (Reported r : Reported.all(outcome)) {
      Finding f = r.finding();
      JsonObject finding =
          findings
              .addObject()
              .put("rule", f.ruleId())
              .put("severity", f.severity().label())
              .put("file", f.at().file())
              .put("line", f.at().line())
              .put("column", f.at().column())
              .put("message", f.message())
              .put("status", r.status().label())
              .put("fingerprint", r.fingerprint().sarif());
      r.suppression().ifPresent(s -> finding.put("reason", s.reason()));
    }
    JsonArray stale = root.putArray("staleBaselineEntries");
    for (Baseline.Entry e : outcome.stale()) {
      stale
          .addObject()
          .put("rule", e.rule())
          .put("file", e.file())
          .put("fingerprint", e.fingerprint())
          .put("count", e.count())
          .put("message", e.message());
    }
    // New findings by severity, as the build counts them; the others apart.
    JsonObject counts = root.putObject("counts");
    for (Severity s : Severity.values()) counts.put(s.label(), outcome.count(s));
    counts.put("baselined", outcome.baselined().size());
    counts.put("suppressed", outcome.report().suppressed().size());
    counts.put("stale", outcome.stale().stream().mapToInt(Baseline.Entry::count).sum());
    counts.put("files", outcome.report().filesRead());
    return root;
  }
}
