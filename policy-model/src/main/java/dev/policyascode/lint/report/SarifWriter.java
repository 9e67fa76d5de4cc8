package dev.policyascode.lint.report;

import dev.policyascode.diagnostics.Finding;
import dev.policyascode.diagnostics.Position;
import dev.policyascode.diagnostics.RuleMeta;
import dev.policyascode.diagnostics.Severity;
import dev.policyascode.diagnostics.Suppressed;
import dev.policyascode.json.JsonArray;
import dev.policyascode.json.JsonObject;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes the findings as SARIF 2.1.0, the format GitHub code scanning reads, so that findings show
 * up as annotations on the pull request. Only new findings by default: GitHub code scanning ignores
 * SARIF's {@code suppressions} (github/codeql-action#1230) and would open an alert for every
 * accepted finding of a green build. On request, accepted findings are written too, marked as
 * suppressed externally and unchanged, and findings suppressed by a comment in the YAML as
 * suppressed in source with the comment's reason, for viewers that honour suppressions. The same
 * outcome always gives the same bytes: no timestamps, no machine paths, stable order.
 */
public final class SarifWriter {

  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

  /** Version 2 names a finding by the text around it; version 1 named it by its message. */
  static final String FINGERPRINT = "policyFinding/v2";

  private SarifWriter() {}

  /**
   * Writes {@code outcome} to {@code out}, creating folders as needed; the old file stays until
   * then. {@code withAccepted} adds the findings accepted by the baseline or by a comment, marked
   * as suppressed.
   */
  public static void write(
      LintOutcome outcome, Path out, String toolVersion, RuleDocs docs, boolean withAccepted) {
    Objects.requireNonNull(toolVersion, "toolVersion must not be null");
    Objects.requireNonNull(docs, "docs must not be null");
    JsonFiles.write(sarif(outcome, toolVersion, docs, withAccepted), out);
  }

  static JsonObject sarif(
      LintOutcome outcome, String toolVersion, RuleDocs docs, boolean withAccepted) {
    JsonObject root = new JsonObject();
    root.put("$schema", SCHEMA);
    root.put("version", "2.1.0");
    JsonObject run = root.putArray("runs").addObject();
    JsonObject driver = run.putObject("tool").putObject("driver");
    driver.put("name", "policy-lint");
    driver.put("version", toolVersion);
    // The index of the rules, the nearest thing to a home page the tool has in its documentation.
    driver.put("informationUri", docs.uri("README"));
    List<RuleMeta> rules = outcome.report().rules();
    JsonArray ruleNodes = driver.putArray("rules");
    rules.forEach(r -> ruleNodes.add(SarifRules.rule(r, docs)));
    // Paths are relative to the repository root, named and not given: a machine path would make
    // the report differ from one checkout to the next.
    run.putObject("originalUriBaseIds")
        .putObject("%SRCROOT%")
        .putObject("description")
        .put("text", "The root of the repository that holds the policies");
    // Columns count characters as a person does (code points), not UTF-16 units, SARIF's default.
    run.put("columnKind", "unicodeCodePoints");
    JsonArray results = run.putArray("results");
    Map<String, Integer> index = indexOf(rules);
    Reported.all(outcome).stream()
        .filter(r -> withAccepted || r.status() == Reported.Status.NEW)
        .forEach(r -> results.add(result(r, index.get(r.finding().ruleId()))));
    return root;
  }

  private static JsonObject result(Reported r, Integer ruleIndex) {
    Finding f = r.finding();
    JsonObject result = new JsonObject();
    result.put("ruleId", f.ruleId());
    // A finding from a rule the report does not list still appears, only without the link.
    if (ruleIndex != null) result.put("ruleIndex", ruleIndex);
    result.put("level", level(f.severity()));
    result.putObject("message").put("text", f.message());
    result.putArray("locations").add(location(f.at()));
    result.putObject("partialFingerprints").put(FINGERPRINT, r.fingerprint().sarif());
    switch (r.status()) {
      case NEW -> result.put("baselineState", "new");
      case BASELINED -> {
        result.put("baselineState", "unchanged");
        result
            .putArray("suppressions")
            .addObject()
            .put("kind", "external")
            .put("justification", "accepted in the lint baseline");
      }
      case SUPPRESSED -> {
        Suppressed s = r.suppression().orElseThrow();
        JsonObject suppression =
            result
                .putArray("suppressions")
                .addObject()
                .put("kind", "inSource")
                .put("justification", s.reason());
        suppression.put("location", location(s.comment()));
      }
    }
    return result;
  }

  private static JsonObject location(Position at) {
    JsonObject location = new JsonObject();
    JsonObject physical = location.putObject("physicalLocation");
    physical.putObject("artifactLocation").put("uri", uri(at.file())).put("uriBaseId", "%SRCROOT%");
    physical.putObject("region").put("startLine", at.line()).put("startColumn", at.column());
    return location;
  }

  /** SARIF's word for a severity: error, warning or note. */
  static String level(Severity s) {
    return switch (s) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "note";
    };
  }

  /** The repository-relative path as a URI reference: spaces and the like percent-encoded. */
  private static String uri(String file) {
    try {
      return new URI(null, null, file, null).toASCIIString();
    } catch (URISyntaxException e) {
      return file;
    }
  }

  private static Map<String, Integer> indexOf(List<RuleMeta> rules) {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < rules.size(); i++) index.putIfAbsent(rules.get(i).id(), i);
    return index;
  }
}
