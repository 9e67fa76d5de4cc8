package dev.policyascode.lint.report;

import static dev.policyascode.lint.report.Fixtures.PLACEHOLDER;
import static dev.policyascode.lint.report.Fixtures.V2026;
import static dev.policyascode.lint.report.Fixtures.finding;
import static dev.policyascode.lint.report.Fixtures.report;
import static dev.policyascode.lint.report.Fixtures.section42;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class CodeQualityWriterTest {

  @TempDir Path dir;

  @Test
  void writesOnlyNewFindingsInGitLabsShape() {
    LintOutcome outcome =
        LintOutcome.of(
            report(List.of(section42(12), finding(PLACEHOLDER, V2026, 3, 7, "Remove 'TBD'")), 2),
            Baseline.of(report(List.of(section42(1)), 1)));
    Path out = dir.resolve("gl-code-quality-report.json");

    CodeQualityWriter.write(outcome, out);

    JsonNode issues = JsonMapper.builder().build().readTree(out);
    assertEquals(1, issues.size(), "the accepted finding is left out");
    JsonNode issue = issues.get(0);
    assertEquals("Remove 'TBD'", issue.get("description").stringValue());
    assertEquals("prose-placeholder", issue.get("check_name").stringValue());
    assertEquals("minor", issue.get("severity").stringValue());
    assertEquals(V2026, issue.at("/location/path").stringValue());
    assertEquals(3, issue.at("/location/lines/begin").intValue());
    // the first 16 hex digits of SHA-256("prose-placeholder|" + V2026 + "|"), worked out apart from
    // the code (no source text, so no snippet), so that a changed fingerprint cannot go unseen
    assertEquals("d438c3864d4a555b:1", issue.get("fingerprint").stringValue());
  }
}
