package dev.policyascode.lint.report;

import static dev.policyascode.lint.report.Fixtures.LITERAL_NUMBER;
import static dev.policyascode.lint.report.Fixtures.PLACEHOLDER;
import static dev.policyascode.lint.report.Fixtures.V2018;
import static dev.policyascode.lint.report.Fixtures.V2026;
import static dev.policyascode.lint.report.Fixtures.finding;
import static dev.policyascode.lint.report.Fixtures.section42;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policyascode.lint.Finding;
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

  @Test
  void writesAndReadsBackTheSameBaseline() throws Exception {
    Baseline baseline = Baseline.of(List.of(placeholder, section42(12), literal, section42(40)));
    Path file = dir.resolve("policies/policy-lint-baseline.json");

    baseline.write(file);

    assertEquals(baseline, Baseline.read(file));
    String text = Files.readString(file);
    assertTrue(text.startsWith("{\n  \"version\": 1,\n  \"findings\": [\n    {\n"), text);
    assertTrue(text.endsWith("}\n"), "ends with a newline");
    try (var files = Files.list(file.getParent())) {
      assertEquals(List.of(file), files.toList(), "no temporary file left behind");
    }
  }

  @Test
  void storesEntriesByFileRuleAndMessageWhateverTheFindingOrder() {
    Baseline a = Baseline.of(List.of(placeholder, section42(12), literal));
    Baseline b = Baseline.of(List.of(literal, placeholder, section42(99)));

    assertEquals(a, b);
    assertEquals(
        List.of("xref-literal-number", "xref-section-number", "prose-placeholder"),
        a.entries().stream().map(Baseline.Entry::rule).toList());
  }

  @Test
  void aMissingFileIsAnEmptyBaseline() {
    assertEquals(Baseline.empty(), Baseline.read(dir.resolve("absent.json")));
  }

  @Test
  void matchesAFindingThatMovedToAnotherLine() {
    Baseline baseline = Baseline.of(List.of(section42(12)));

    Baseline.Partition p = baseline.partition(List.of(section42(40)));

    assertEquals(List.of(section42(40)), p.baselined());
    assertEquals(List.of(), p.fresh());
    assertEquals(List.of(), p.stale());
  }

  @Test
  void aChangedMessageOrFileIsNew() {
    Baseline baseline = Baseline.of(List.of(section42(12)));
    Finding otherMessage =
        finding(Fixtures.SECTION_NUMBER, V2018, 12, 5, "There is no section 4.3");
    Finding otherFile = finding(Fixtures.SECTION_NUMBER, V2026, 12, 5, "There is no section 4.2");

    Baseline.Partition p = baseline.partition(List.of(otherMessage, otherFile));

    assertEquals(List.of(otherMessage, otherFile), p.fresh());
    assertEquals(1, p.stale().size());
  }

  @Test
  void acceptsNoMoreCopiesOfAFindingThanItRecorded() {
    Baseline baseline = Baseline.of(List.of(section42(12), section42(40)));

    Baseline.Partition p = baseline.partition(List.of(section42(10), section42(20), section42(30)));

    assertEquals(List.of(section42(10), section42(20)), p.baselined());
    assertEquals(List.of(section42(30)), p.fresh());
  }

  @Test
  void reportsAndPrunesEntriesThatNoLongerMatch() {
    Baseline baseline = Baseline.of(List.of(section42(12), section42(40), literal));
    List<Finding> current = List.of(section42(41));

    Baseline.Partition p = baseline.partition(current);

    List<Baseline.Entry> entries = baseline.entries();
    assertEquals(List.of(entries.get(0), entries.get(2)), p.stale());
    assertEquals(
        List.of("xref-literal-number", "xref-section-number"),
        p.stale().stream().map(Baseline.Entry::rule).toList());
    Baseline pruned = baseline.pruned(current);
    assertEquals(Baseline.of(current), pruned);
    assertEquals(List.of(), pruned.partition(current).stale());
  }

  @Test
  void fingerprintIsSha256OfRuleFileMessageAndOccurrence() throws Exception {
    Baseline baseline = Baseline.of(List.of(section42(12), section42(40)));

    String second =
        HexFormat.of()
            .formatHex(
                MessageDigest.getInstance("SHA-256")
                    .digest(
                        ("xref-section-number|" + V2018 + "|There is no section 4.2|1")
                            .getBytes(StandardCharsets.UTF_8)))
            .substring(0, 16);
    assertEquals(second, baseline.entries().get(1).fingerprint());
  }

  @Test
  void recomputesHandEditedFingerprints() throws Exception {
    Path file = dir.resolve("baseline.json");
    Files.writeString(
        file,
        "{\"version\":1,\"findings\":[{\"rule\":\"xref-section-number\",\"file\":\""
            + V2018
            + "\",\"message\":\"There is no section 4.2\",\"fingerprint\":\"edited\"}]}");

    assertEquals(Baseline.of(List.of(section42(1))), Baseline.read(file));
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
        "{\"version\": 1, \"findings\": [{\"rule\": \"xref-section-number\", \"file\": \"a\"}]}");

    String message = assertThrows(BaselineException.class, () -> Baseline.read(file)).getMessage();

    assertEquals(
        file
            + " is not a valid baseline: finding 1 has no \"message\" text;"
            + " delete it and run with -Dpolicy.baseline.update to write it again",
        message);
  }

  @Test
  void anUnknownVersionIsRefused() throws Exception {
    Path file = dir.resolve("policy-lint-baseline.json");
    Files.writeString(file, "{\"version\": 2, \"findings\": []}");

    String message = assertThrows(BaselineException.class, () -> Baseline.read(file)).getMessage();

    assertTrue(message.contains("its \"version\" must be 1"), message);
  }

  @Test
  void anEmptyBaselineIsWrittenAsAnEmptyList() throws Exception {
    Path file = dir.resolve("b.json");

    Baseline.empty().write(file);

    assertEquals("{\n  \"version\": 1,\n  \"findings\": []\n}\n", Files.readString(file));
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
