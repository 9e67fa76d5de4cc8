package dev.policyascode.versions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Editing a version file in place: only the value changes, every other byte stays. */
class VersionFileTextTest {

  static final String FILE =
      """
      # yaml-language-server: $schema=../../../schema/policy-version.schema.json
      format: 1
      version: 2024-01-01   # the file's name
      effective: '2024-01-01'
      status: draft
      summary: |
        Two lines
        of summary.

      # a comment after the summary
      sections:
        - id: intro
          title: Introduction
          body: "status: draft"
      """;

  @Test
  void changesOnlyTheValue() {
    String published = VersionFileText.of(FILE).with("status", "published").text();
    assertEquals(FILE.replace("\nstatus: draft\n", "\nstatus: published\n"), published);
  }

  @Test
  void keepsTheQuotesAndTheCommentOfTheLine() {
    String t =
        VersionFileText.of(FILE)
            .with("version", "2025-01-01")
            .with("effective", "2025-01-01")
            .text();
    assertEquals(
        // the plain date is quoted: a YAML 1.1 reader would make it a date
        FILE.replace("version: 2024-01-01   #", "version: '2025-01-01'   #")
            .replace("effective: '2024-01-01'", "effective: '2025-01-01'"),
        t);
  }

  @Test
  void aDateItWritesIsTextToAYaml11ReaderToo() {
    // SnakeYAML's own loader follows YAML 1.1, as PyYAML and the js-yaml 3 of ajv-cli do: a plain
    // 2025-01-01 would be a timestamp to it, which the schema's string refuses
    String t = VersionFileText.of(FILE).with("version", "2025-01-01").text();
    java.util.Map<String, Object> read =
        new org.yaml.snakeyaml.Yaml(
                new org.yaml.snakeyaml.constructor.SafeConstructor(
                    new org.yaml.snakeyaml.LoaderOptions()))
            .load(t);
    assertEquals("2025-01-01", read.get("version"));
    assertEquals("2024-01-01", read.get("effective"));
  }

  @Test
  void removesABlockWithAllItsLinesAndNothingElse() {
    String t = VersionFileText.of(FILE).without("summary").text();
    assertEquals(FILE.replace("summary: |\n  Two lines\n  of summary.\n", ""), t);
    String oneLine = "format: 1\nsummary: One line.\nsections: []\n";
    assertEquals(
        "format: 1\nsections: []\n", VersionFileText.of(oneLine).without("summary").text());
  }

  @Test
  void removesABlockFromAFileWithCrOnlyLineEnds() {
    String cr = FILE.replace("\n", "\r");
    assertEquals(
        cr.replace("summary: |\r  Two lines\r  of summary.\r", ""),
        VersionFileText.of(cr).without("summary").text());
    String mixed = "format: 1\r\nsummary: |\r  One\r\n  two\n\rsections: []\r";
    assertEquals(
        "format: 1\r\n\rsections: []\r", VersionFileText.of(mixed).without("summary").text());
  }

  @Test
  void keepsCharactersOutsideTheBasicPlane() {
    String emoji = "title: \"😀 Policy\"\nstatus: draft\n";
    assertEquals(
        "title: \"😀 Policy\"\nstatus: published\n",
        VersionFileText.of(emoji).with("status", "published").text());
  }

  @Test
  void refusesWhatItCannotEditSafely() {
    assertThrows(
        IllegalArgumentException.class, () -> VersionFileText.of(FILE).with("sections", "x"));
    assertThrows(
        IllegalArgumentException.class, () -> VersionFileText.of(FILE).with("missing", "x"));
    assertThrows(IllegalArgumentException.class, () -> VersionFileText.of("- a list\n"));
    assertThrows(IllegalArgumentException.class, () -> VersionFileText.of("a: [unclosed\n"));
  }

  @Test
  void theHashIgnoresOnlyCrlf() {
    assertEquals(ContentHash.of("a\nb\n"), ContentHash.of("a\r\nb\r\n"));
    assertNotEquals(ContentHash.of("a\nb\n"), ContentHash.of("a\nb \n"));
    assertNotEquals(ContentHash.of("a\nb\n"), ContentHash.of("a\rb\r"));
    assertEquals(
        "sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        ContentHash.of(""));
  }

  @Test
  void theLockIsSortedAndReadBack() {
    String h1 = ContentHash.of("1");
    String h2 = ContentHash.of("2");
    VersionLock lock = VersionLock.empty().with("2025-01-01", h2).with("2024-01-01", h1);
    VersionLock read = VersionLock.parse(lock.format());
    assertEquals(
        List.of("2024-01-01", "2025-01-01"),
        read.entries().stream().map(VersionLock.Entry::version).toList());
    assertEquals(List.of(), read.problems());
    assertEquals(h2, read.entry("2025-01-01").orElseThrow().hash());
    assertThrows(IllegalArgumentException.class, () -> read.with("2024-01-01", h1));
  }

  @Test
  void aLockWithCrOnlyLineEndsIsReadLineByLine() {
    String h1 = ContentHash.of("1");
    String h2 = ContentHash.of("2");
    VersionLock read = VersionLock.parse("2024-01-01 " + h1 + "\r2025-01-01 " + h2 + "\rx\r");
    assertEquals(
        List.of("2024-01-01:1", "2025-01-01:2"),
        read.entries().stream().map(e -> e.version() + ":" + e.line()).toList());
    assertEquals(List.of(3), read.problems().stream().map(VersionLock.Problem::line).toList());
  }

  @Test
  void theLockRecordsTheDayOfPublicationAndStillReadsLinesWithoutIt() {
    String h1 = ContentHash.of("1");
    String h2 = ContentHash.of("2");
    VersionLock lock =
        VersionLock.parse("2024-01-01 " + h1 + "\n")
            .with("2025-01-01", h2, java.time.LocalDate.of(2024, 11, 15));
    String text = lock.format();
    assertTrue(text.contains("\n2024-01-01 " + h1 + "\n"), text);
    assertTrue(text.contains("\n2025-01-01 " + h2 + " published 2024-11-15\n"), text);
    VersionLock read = VersionLock.parse(text);
    assertEquals(List.of(), read.problems());
    assertEquals(
        java.util.Map.of("2025-01-01", java.time.LocalDate.of(2024, 11, 15)), read.publications());
    assertEquals(java.util.Optional.empty(), read.entry("2024-01-01").orElseThrow().published());
  }

  @Test
  void aDayOfPublicationThatIsNoDateIsAProblemOfItsLine() {
    VersionLock read =
        VersionLock.parse("2025-01-01 " + ContentHash.of("2") + " published 2024-02-30\n");
    assertEquals(List.of(), read.entries());
    assertEquals(1, read.problems().size());
    assertTrue(read.problems().get(0).message().contains("2024-02-30"), read.problems()::toString);
  }
}
