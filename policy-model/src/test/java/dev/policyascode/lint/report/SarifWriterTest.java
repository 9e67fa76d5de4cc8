package dev.policyascode.lint.report;

import static dev.policyascode.lint.report.Fixtures.PLACEHOLDER;
import static dev.policyascode.lint.report.Fixtures.V2026;
import static dev.policyascode.lint.report.Fixtures.finding;
import static dev.policyascode.lint.report.Fixtures.report;
import static dev.policyascode.lint.report.Fixtures.section42;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policyascode.diagnostics.Finding;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SarifWriterTest {

  static final RuleDocs DOCS = RuleDocs.at("https://docs.example.org/rules");

  @TempDir Path dir;

  private final Finding placeholder = finding(PLACEHOLDER, V2026, 3, 7, "Remove 'TBD'");
  private final LintOutcome outcome =
      LintOutcome.of(
          report(List.of(section42(12), placeholder), 2),
          Baseline.of(report(List.of(section42(1)), 1)));

  @Test
  void writesSarif210WithTheRules() {
    JsonNode sarif = write(outcome, dir.resolve("target/policy-lint.sarif"));

    assertEquals(
        "https://json.schemastore.org/sarif-2.1.0.json", sarif.get("$schema").stringValue());
    assertEquals("2.1.0", sarif.get("version").stringValue());
    assertEquals(1, sarif.get("runs").size());
    JsonNode driver = sarif.at("/runs/0/tool/driver");
    assertEquals("policy-lint", driver.get("name").stringValue());
    assertEquals("1.2.3", driver.get("version").stringValue());
    assertEquals(3, driver.get("rules").size());
    JsonNode rule = driver.at("/rules/0");
    assertEquals("xref-section-number", rule.get("id").stringValue());
    assertEquals("XrefSectionNumber", rule.get("name").stringValue());
    assertEquals(
        "A section number written in the text that matches no section",
        rule.at("/shortDescription/text").stringValue());
    assertEquals(
        "https://docs.example.org/rules/xref-section-number.md", rule.get("helpUri").stringValue());
    assertTrue(rule.at("/help/text").stringValue().contains("Rests on: Art. 12(1)"));
    assertTrue(
        rule.at("/help/markdown").stringValue().startsWith("# xref-section-number\n"),
        "the help is the bundled doc page");
    assertTrue(
        driver
            .at("/rules/1/help/markdown")
            .stringValue()
            .contains("(https://docs.example.org/rules/xref-section-number.md)"),
        "links between pages are made absolute");
    assertFalse(
        rule.at("/help/markdown").stringValue().contains("](../"),
        "links to the other docs are made absolute too");
    assertTrue(rule.at("/fullDescription/markdown").isString());
    assertEquals("error", rule.at("/defaultConfiguration/level").stringValue());
    assertEquals("note", driver.at("/rules/1/defaultConfiguration/level").stringValue());
    assertEquals("xref", rule.at("/properties/family").stringValue());
    assertEquals("Art. 12(1)", rule.at("/properties/basis").stringValue());
  }

  @Test
  void writesEachFindingWithItsPlaceAndFingerprint() {
    JsonNode results = write(outcome, dir.resolve("out.sarif")).at("/runs/0/results");

    assertEquals(2, results.size());
    JsonNode fresh = results.get(1);
    assertEquals("prose-placeholder", fresh.get("ruleId").stringValue());
    assertEquals(2, fresh.get("ruleIndex").intValue());
    assertEquals("warning", fresh.get("level").stringValue());
    assertEquals("Remove 'TBD'", fresh.at("/message/text").stringValue());
    JsonNode location = fresh.at("/locations/0/physicalLocation");
    assertEquals(V2026, location.at("/artifactLocation/uri").stringValue());
    assertEquals("%SRCROOT%", location.at("/artifactLocation/uriBaseId").stringValue());
    assertEquals(3, location.at("/region/startLine").intValue());
    assertEquals(7, location.at("/region/startColumn").intValue());
    // the first 16 hex digits of SHA-256("prose-placeholder|" + V2026 + "|"), worked out apart from
    // the code (no source text, so no snippet), so that a changed fingerprint cannot go unseen
    assertEquals(
        "d438c3864d4a555b:1", fresh.at("/partialFingerprints/policyFinding~1v2").stringValue());
    assertEquals("new", fresh.get("baselineState").stringValue());
    assertFalse(fresh.has("suppressions"));
  }

  @Test
  void marksAcceptedFindingsAsSuppressed() {
    JsonNode accepted = write(outcome, dir.resolve("out.sarif")).at("/runs/0/results/0");

    assertEquals("unchanged", accepted.get("baselineState").stringValue());
    assertEquals("external", accepted.at("/suppressions/0/kind").stringValue());
    assertEquals(
        "accepted in the lint baseline",
        accepted.at("/suppressions/0/justification").stringValue());
    // SHA-256("xref-section-number|" + V2018 + "|"), its first 16 hex digits: the baseline and
    // code scanning name a finding alike
    String fingerprint = "1bea6df143a79df3";
    assertEquals(
        fingerprint, Baseline.of(report(List.of(section42(1)), 1)).entries().get(0).fingerprint());
    assertEquals(
        fingerprint + ":1", accepted.at("/partialFingerprints/policyFinding~1v2").stringValue());
  }

  @Test
  void leavesAcceptedFindingsOutByDefault() {
    // GitHub code scanning opens an alert for a result whatever its suppressions say
    Path out = dir.resolve("default.sarif");
    SarifWriter.write(outcome, out, "1.2.3", DOCS, false);

    JsonNode results = JsonMapper.builder().build().readTree(out).at("/runs/0/results");

    assertEquals(1, results.size());
    assertEquals("prose-placeholder", results.get(0).get("ruleId").stringValue());
    assertEquals("new", results.get(0).get("baselineState").stringValue());
  }

  @Test
  void everyRuleHelpLinksOnlyToAbsoluteAddresses() throws Exception {
    // a relative link in a help text leads nowhere from GitHub's alert page
    java.util.regex.Pattern relative =
        java.util.regex.Pattern.compile("\\]\\((?![a-z][a-z0-9+.-]*:|#)([^)]*)\\)");
    List<String> bad = new java.util.ArrayList<>();
    try (var pages = Files.list(Path.of("../docs/rules"))) {
      for (Path page : pages.sorted().toList()) {
        String id = page.getFileName().toString().replaceFirst("\\.md$", "");
        DOCS.markdown(id)
            .ifPresent(
                md -> {
                  var m = relative.matcher(md);
                  while (m.find()) bad.add(id + ": " + m.group(1));
                });
      }
    }
    assertEquals(List.of(), bad);
  }

  @Test
  void encodesFileNamesAsUris() {
    Finding spaced = finding(PLACEHOLDER, "policies/my policy/v1.yaml", 1, 1, "x");
    LintOutcome o = LintOutcome.of(report(List.of(spaced), 1), Baseline.empty());

    JsonNode sarif = write(o, dir.resolve("out.sarif"));

    assertEquals(
        "policies/my%20policy/v1.yaml",
        sarif
            .at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation/uri")
            .stringValue());
  }

  @Test
  void theSameOutcomeGivesTheSameBytes() throws Exception {
    Path first = dir.resolve("a/policy-lint.sarif");
    Path second = dir.resolve("b/policy-lint.sarif");

    SarifWriter.write(outcome, first, "1.2.3", DOCS, true);
    SarifWriter.write(outcome, second, "1.2.3", DOCS, true);

    byte[] bytes = Files.readAllBytes(first);
    assertArrayEquals(bytes, Files.readAllBytes(second));
    assertEquals('\n', bytes[bytes.length - 1]);
    assertFalse(Files.readString(first).contains("\r"));
  }

  @Test
  void replacesAnEarlierReport() throws Exception {
    Path out = dir.resolve("policy-lint.sarif");
    Files.writeString(out, "old");

    SarifWriter.write(outcome, out, "1.2.3", DOCS, false);

    assertTrue(Files.readString(out).startsWith("{"));
  }

  /** The report with the accepted findings, as {@code -Dpolicy.sarifAccepted=true} asks. */
  private static JsonNode write(LintOutcome outcome, Path out) {
    SarifWriter.write(outcome, out, "1.2.3", DOCS, true);
    return JsonMapper.builder().build().readTree(out);
  }
}
