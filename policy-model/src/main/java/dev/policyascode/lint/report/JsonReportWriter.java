package dev.policyascode.lint.report;

import dev.policyascode.lint.Finding;
import dev.policyascode.lint.Severity;
import java.nio.file.Path;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the findings as plain JSON, for scripts and dashboards that do not read SARIF: every
 * finding in order, whether the baseline accepts it, and the counts the build decides on. The same
 * outcome always gives the same bytes.
 */
public final class JsonReportWriter {

  private JsonReportWriter() {}

  /**
   * Writes {@code outcome} to {@code out}, creating folders as needed; the old file stays until
   * then.
   */
  public static void write(LintOutcome outcome, Path out) {
    JsonFiles.write(json(outcome), out);
  }

  static ObjectNode json(LintOutcome outcome) {
    ObjectNode root = JsonFiles.MAPPER.createObjectNode();
    ArrayNode findings = root.putArray("findings");
    for (Reported r : Reported.all(outcome)) {
      Finding f = r.finding();
      findings
          .addObject()
          .put("rule", f.ruleId())
          .put("severity", f.severity().label())
          .put("file", f.at().file())
          .put("line", f.at().line())
          .put("column", f.at().column())
          .put("message", f.message())
          .put("baselined", r.baselined())
          .put("fingerprint", r.fingerprint());
    }
    // New findings by severity, as the build counts them; accepted and stale ones apart.
    ObjectNode counts = root.putObject("counts");
    for (Severity s : Severity.values()) counts.put(s.label(), outcome.count(s));
    counts.put("baselined", outcome.baselined().size());
    counts.put("stale", outcome.stale().size());
    counts.put("files", outcome.report().filesRead());
    return root;
  }
}
