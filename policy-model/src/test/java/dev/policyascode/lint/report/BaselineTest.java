package dev.policyascode.lint.report;

import static dev.policyascode.lint.report.Fixtures.LITERAL_NUMBER;
import static dev.policyascode.lint.report.Fixtures.PLACEHOLDER;
import static dev.policyascode.lint.report.Fixtures.V2018;
import static dev.policyascode.lint.report.Fixtures.V2026;
import static dev.policyascode.lint.report.Fixtures.finding;
import static dev.policyascode.lint.report.Fixtures.report;
import static dev.policyascode.lint.report.Fixtures.section42;
import static dev.policyascode.lint.report.Fixtures.v2018;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policyascode.diagnostics.Finding;
import dev.policyascode.diagnostics.SourceText;
import dev.policyascode.lint.LintReport;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineTest {

  @TempDir Path dir;

  private final Finding literal = finding(LITERAL_NUMBER, V2018, 30, 12, "Link to section 5.3");
  private final Finding placeholder = finding(PLACEHOLDER, V2026, 3, 1, "Remove 'TBD'");

  /** The 2018 text with the defect on line 3, and the same text with two lines added above. */
  private static final SourceText BEFORE =
      v2018("sections:", "  - body: |", "      See section 4.2 above for the details.");

  private static final SourceText AFTER =
      v2018(
          "sections:",
          "  - title: New",
          "    body: Added.",
          "  - body: |",
          "      See section 4.2 above for the details.");

  private static Finding at(int line, String message) {
    return finding(Fixtures.SECTION_NUMBER, V2018, line, 11, message);
  }

  @Test
  void writesAndReadsBackTheSameBaseline() throws Exception {
    Baseline baseline =
        Baseline.of(report(List.of(placeholder, section42(12), literal, section42(40)), 1));
    Path file = dir.resolve("policies/policy-lint-baseline.json");

    baseline.write(file);

    assertEquals(baseline, Baseline.read(file));
    String text = Files.readString(file);
    assertTrue(text.startsWith("{\n  \"version\": 2,\n  \"findings\": [\n    {\n"), text);
    assertTrue(text.contains("\"count\": 2,"), "equal findings are counted: " + text);
    assertTrue(text.endsWith("}\n"), "ends with a newline");
    try (var files = Files.list(file.getParent())) {
      assertEquals(List.of(file), files.toList(), "no temporary file left behind");
    }
  }

  @Test
  void storesEntriesByFileAndRuleWhateverTheFindingOrder() {
    Baseline a = Baseline.of(report(List.of(placeholder, section42(12), literal), 1));
    Baseline b = Baseline.of(report(List.of(literal, placeholder, section42(99)), 1));

    assertEquals(
        a.entries().stream().map(Baseline.Entry::fingerprint).toList(),
        b.entries().stream().map(Baseline.Entry::fingerprint).toList());
    assertEquals(
        List.of("xref-literal-number", "xref-section-number", "prose-placeholder"),
        a.entries().stream().map(Baseline.Entry::rule).toList());
  }

  @Test
  void aMissingFileIsAnEmptyBaseline() {
    assertEquals(Baseline.empty(), Baseline.read(dir.resolve("absent.json")));
  }

  @Test
  void matchesAFindingThatMovedToAnotherLineWithAnotherMessage() {
    Baseline baseline = Baseline.of(report(List.of(at(3, "There is no section 4.2")), BEFORE));
    Finding moved = at(5, "'section 4.2' points at no section");

    Baseline.Partition p = baseline.partition(report(List.of(moved), AFTER));

    assertEquals(List.of(moved), p.baselined());
    assertEquals(List.of(), p.fresh());
    assertEquals(List.of(), p.stale());
  }

  @Test
  void aChangedTextOrFileIsNew() {
    Baseline baseline = Baseline.of(report(List.of(at(3, "x")), BEFORE));
    SourceText edited =
        v2018("sections:", "  - body: |", "      See section 4.3 above for the details.");
    Finding otherFile = finding(Fixtures.SECTION_NUMBER, V2026, 3, 11, "x");

    Baseline.Partition p = baseline.partition(report(List.of(at(3, "x"), otherFile), edited));

    assertEquals(2, p.fresh().size());
    assertEquals(1, p.stale().size());
  }

  @Test
  void acceptsNoMoreCopiesOfAFindingThanItRecorded() {
    Baseline baseline = Baseline.of(report(List.of(section42(12), section42(40)), 1));

    Baseline.Partition p =
        baseline.partition(report(List.of(section42(10), section42(20), section42(30)), 1));

    assertEquals(List.of(section42(10), section42(20)), p.baselined());
    assertEquals(List.of(section42(30)), p.fresh());
    assertEquals(2, baseline.entries().get(0).count());
  }

  @Test
  void reportsAndPrunesWhatNoLongerMatches() {
    Baseline baseline = Baseline.of(report(List.of(section42(12), section42(40), literal), 1));
    LintReport current = report(List.of(section42(41)), 1);

    Baseline.Partition p = baseline.partition(current);

    assertEquals(
        List.of("xref-literal-number", "xref-section-number"),
        p.stale().stream().map(Baseline.Entry::rule).toList());
    assertEquals(List.of(1, 1), p.stale().stream().map(Baseline.Entry::count).toList());
    Baseline pruned = baseline.pruned(current);
    assertEquals(1, pruned.size());
    assertEquals(List.of(), pruned.partition(current).stale());
    assertEquals(List.of(section42(41)), pruned.partition(current).baselined());
  }

  @Test
  void fingerprintIsSha256OfRuleFileAndTheTextAroundTheFinding() throws Exception {
    Baseline baseline = Baseline.of(report(List.of(at(3, "x")), BEFORE));

    // 20 characters before the column, 60 from it, white space made one space.
    String snippet = "See section 4.2 above for the details.";
    String expected =
        HexFormat.of()
            .formatHex(
                MessageDigest.getInstance("SHA-256")
                    .digest(
                        ("xref-section-number|" + V2018 + "|" + snippet)
                            .getBytes(StandardCharsets.UTF_8)))
            .substring(0, 16);
    assertEquals(expected, baseline.entries().get(0).fingerprint());
    assertEquals(snippet, Fingerprints.snippet("      See section 4.2 above for the details.", 11));
  }

  @Test
  void theTextNamingAFindingIsAnchoredOnItsColumn() {
    String line = "a".repeat(40) + " see section 4.2 above";
    String longer = "words added earlier " + line;

    assertEquals(
        Fingerprints.snippet(line, line.indexOf("section") + 1),
        Fingerprints.snippet(longer, longer.indexOf("section") + 1));
  }

  @Test
  void findingsOfTheLoaderAreNeverAccepted() {
    Finding unknownKey =
        finding(
            new dev.policyascode.diagnostics.RuleMeta(
                "schema-unknown-key",
                "schema",
                dev.policyascode.diagnostics.Severity.ERROR,
                "x",
                "y"),
            V2018,
            3,
            1,
            "unknown key");
    LintReport report = report(List.of(unknownKey), 1);

    assertEquals(Baseline.empty(), Baseline.of(report));
    assertEquals(List.of(unknownKey), Baseline.of(report).partition(report).fresh());
  }

  @Test
  void anEditedPublishedVersionIsNeverAccepted() {
    // Accepting it would let -Dpolicy.baseline.update unlock a published text without a trace.
    Finding edited =
        finding(
            dev.policyascode.lint.rules.VersionsChanged.META, V2018, 2, 1, "published, changed");
    Finding unlocked =
        finding(dev.policyascode.lint.rules.VersionsLockEntry.META, V2018, 4, 1, "not in the lock");
    LintReport report = report(List.of(edited, unlocked), 1);

    assertEquals(Baseline.empty(), Baseline.of(report));
    assertEquals(List.of(edited, unlocked), Baseline.of(report).partition(report).fresh());
  }

  @Test
  void aVersion1BaselineIsRefusedWithTheCommandThatRewritesIt() throws Exception {
    Path file = dir.resolve("baseline.json");
    Files.writeString(
        file,
        "{\"version\":1,\"findings\":[{\"rule\":\"xref-section-number\",\"file\":\""
            + V2018
            + "\",\"message\":\"There is no section 4.2\",\"fingerprint\":\"f953b14822a35abd\"}]}");

    String message = assertThrows(BaselineException.class, () -> Baseline.read(file)).getMessage();

    assertTrue(message.contains("matched findings by their message"), message);
    assertTrue(message.contains("-Dpolicy.baseline.update"), message);
  }

  @Test
  void aMalformedFileIsExplainedWithTheWayOut() throws Exception {
    Path file = dir.resolve("policy-lint-baseline.json");
    Files.writeString(file, "{\"version\": 1, \"findings\": [\n  {\"rule\": }\n]}\n");

    String message = assertThrows(BaselineException.class, () -> Baseline.read(file)).getMessage();

    assertTrue(
        message.startsWith(file + " is not a valid baseline: it is not well-formed JSON ("),
        message);
    assertTrue(message.contains("at line 2, column"), message);
    assertTrue(
        message.endsWith("; delete it and run with -Dpolicy.baseline.update to write it again"),
        message);
  }

  @Test
  void aMissingFieldIsNamed() throws Exception {
    Path file = dir.resolve("policy-lint-baseline.json");
    Files.writeString(
        file,
        "{\"version\": 2, \"findings\": [{\"rule\": \"xref-section-number\", \"file\": \"a\"}]}");

    String message = assertThrows(BaselineException.class, () -> Baseline.read(file)).getMessage();

    assertEquals(
        file
            + " is not a valid baseline: finding 1 has no \"fingerprint\" text;"
            + " delete it and run with -Dpolicy.baseline.update to write it again",
        message);
  }

  @Test
  void anUnknownVersionIsRefused() throws Exception {
    Path file = dir.resolve("policy-lint-baseline.json");
    Files.writeString(file, "{\"version\": 3, \"findings\": []}");

    String message = assertThrows(BaselineException.class, () -> Baseline.read(file)).getMessage();

    assertTrue(message.contains("its \"version\" must be 2"), message);
  }

  @Test
  void anEmptyBaselineIsWrittenAsAnEmptyList() throws Exception {
    Path file = dir.resolve("b.json");

    Baseline.empty().write(file);

    assertEquals("{\n  \"version\": 2,\n  \"findings\": []\n}\n", Files.readString(file));
    assertEquals(Baseline.empty(), Baseline.read(file));
  }

  @Test
  void aFileThatIsNotUtf8IsExplained() throws Exception {
    Path file = dir.resolve("policy-lint-baseline.json");
    Files.write(file, new byte[] {'{', (byte) 0xE9, '}'});

    String message = assertThrows(BaselineException.class, () -> Baseline.read(file)).getMessage();

    assertTrue(
        message.startsWith(file + " is not a valid baseline: it is not UTF-8 text;"), message);
  }
}
