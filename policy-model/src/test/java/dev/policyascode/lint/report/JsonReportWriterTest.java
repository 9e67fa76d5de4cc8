package dev.policyascode.lint.report;

import static dev.policyascode.lint.report.Fixtures.PLACEHOLDER;
import static dev.policyascode.lint.report.Fixtures.V2018;
import static dev.policyascode.lint.report.Fixtures.V2026;
import static dev.policyascode.lint.report.Fixtures.finding;
import static dev.policyascode.lint.report.Fixtures.report;
import static dev.policyascode.lint.report.Fixtures.section42;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class JsonReportWriterTest {

  @TempDir Path dir;

  private final LintOutcome outcome =
      LintOutcome.of(
          report(List.of(section42(12), finding(PLACEHOLDER, V2026, 3, 7, "Remove 'TBD'")), 2),
          Baseline.of(report(List.of(section42(1)), 1)));

  @Test
  void writesEveryFindingAndTheCounts() {
    Path out = dir.resolve("target/policy-lint.json");

    JsonReportWriter.write(outcome, out);

    JsonNode json = JsonMapper.builder().build().readTree(out);
    JsonNode first = json.at("/findings/0");
    assertEquals("xref-section-number", first.get("rule").stringValue());
    assertEquals("error", first.get("severity").stringValue());
    assertEquals(V2018, first.get("file").stringValue());
    assertEquals(12, first.get("line").intValue());
    assertEquals(5, first.get("column").intValue());
    assertEquals("There is no section 4.2", first.get("message").stringValue());
    assertEquals("baselined", first.get("status").stringValue());
    assertTrue(first.get("fingerprint").stringValue().matches("[0-9a-f]{16}:1"));
    assertEquals("warning", json.at("/findings/1/severity").stringValue());
    assertEquals("new", json.at("/findings/1/status").stringValue());
    assertEquals(1, json.get("version").intValue());
    assertEquals(0, json.at("/counts/error").intValue());
    assertEquals(1, json.at("/counts/warning").intValue());
    assertEquals(1, json.at("/counts/baselined").intValue());
  }

  @Test
  void theSameOutcomeGivesTheSameBytes() throws Exception {
    JsonReportWriter.write(outcome, dir.resolve("a.json"));
    JsonReportWriter.write(outcome, dir.resolve("b.json"));

    assertArrayEquals(
        Files.readAllBytes(dir.resolve("a.json")), Files.readAllBytes(dir.resolve("b.json")));
    assertTrue(Files.readString(dir.resolve("a.json")).endsWith("}\n"));
  }
}
