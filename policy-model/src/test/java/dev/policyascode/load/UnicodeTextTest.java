package dev.policyascode.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policyascode.diagnostics.Finding;
import dev.policyascode.diagnostics.Severity;
import dev.policyascode.lint.Linter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Texts that look alike and are not the same characters: an accent written as one character or as a
 * letter and a combining mark (the loader keeps NFC, positions stay the file's), a Cyrillic letter
 * in an id, invisible characters in a term.
 */
class UnicodeTextTest {

  private static final String NFC = "Caf\u00e9 Member";
  private static final String NFD = "Cafe\u0301 Member";

  @TempDir Path dir;

  private List<Finding> lint(String version) throws IOException {
    Path root = dir.resolve("policies");
    Files.createDirectories(root.resolve("p/versions"));
    Files.writeString(
        root.resolve("p/policy.yaml"),
        "format: 1\nid: p\ntitle: Privacy Policy\ncontroller:\n  name: Example SAS\nlanguages: [en]\n");
    Files.writeString(
        root.resolve("p/versions/2024-01-01.yaml"),
        "format: 1\nversion: 2024-01-01\neffective: 2024-01-01\nstatus: draft\n" + version,
        StandardCharsets.UTF_8);
    return Linter.builder().displayRoot(root).build().lint(root).findings();
  }

  private static List<Finding> of(List<Finding> findings, String rule) {
    return findings.stream().filter(f -> f.ruleId().equals(rule)).toList();
  }

  private static String place(Finding f) {
    return f.at().line() + ":" + f.at().column();
  }

  @Test
  void aTermWrittenInNfcAndInNfdIsOneTermDeclaredTwice() throws IOException {
    List<Finding> findings =
        lint(
            "definitions:\n"
                + "  - id: club\n    term: "
                + NFC
                + "\n    meaning: \"a person who joined the club\"\n"
                + "  - id: club-2\n    term: "
                + NFD
                + "\n    meaning: \"a person who paid\"\n"
                + "sections:\n  - id: intro\n    title: Intro\n    body: \"Each "
                + NFD
                + " and each "
                + NFC
                + " is told.\"\n");

    List<Finding> duplicate = of(findings, "terms-duplicate");
    assertEquals(1, duplicate.size(), findings.toString());
    assertEquals("10:11", place(duplicate.get(0)));
    assertEquals(List.of(), of(findings, "terms-synonym"), "one word, not two names");
  }

  @Test
  void aFindingAfterACombiningAccentIsPlacedInTheFileAsWritten() throws IOException {
    List<Finding> findings =
        lint(
            "sections:\n  - id: intro\n    title: "
                + NFD
                + " TODO\n    body: |\n      "
                + NFD
                + " TBD here.\n");

    List<Finding> placeholders = of(findings, "prose-placeholder");
    // line 7 "    title: Cafe\u0301 Member TODO": TODO is the 25th code point of the line
    assertEquals(List.of("7:25", "9:20"), placeholders.stream().map(f -> place(f)).toList());
  }

  @Test
  void anIdWithACyrillicLetterNamesItAndItsCodePoint() throws IOException {
    List<Finding> findings =
        lint("sections:\n  - id: intr\u043e\n    title: Intro\n    body: \"Hello.\"\n");

    assertEquals(1, findings.size(), findings.toString());
    Finding f = findings.get(0);
    assertEquals("6:13", place(f));
    assertEquals(
        "'intr\u043e' is not a valid id: the letter '\u043e' (U+043E CYRILLIC SMALL LETTER O) at"
            + " column 13 is not an ASCII letter: ids use a-z, 0-9 and -",
        f.message());
  }

  @Test
  void anIdWithAZeroWidthSpaceNamesTheInvisibleCharacter() throws IOException {
    List<Finding> findings =
        lint("sections:\n  - id: \"in\u200btro\"\n    title: Intro\n    body: \"Hello.\"\n");

    assertEquals(1, findings.size(), findings.toString());
    assertEquals("6:12", place(findings.get(0)));
    assertTrue(
        findings
            .get(0)
            .message()
            .contains("the character '\\u200B' (U+200B ZERO WIDTH SPACE) at column 12"),
        findings.get(0).message());
  }

  @Test
  void aZeroWidthSpaceInATermIsAWarningAndADirectionControlAnError() throws IOException {
    List<Finding> findings =
        lint(
            "definitions:\n  - id: club\n    term: \"Club\u200bMember\"\n"
                + "    meaning: \"a person who joined\"\n"
                + "sections:\n  - id: intro\n    title: \"Intro \u202eduction\"\n"
                + "    body: \"Each ClubMember is told.\"\n");

    List<Finding> hidden = of(findings, "prose-hidden-characters");
    assertEquals(2, hidden.size(), findings.toString());
    assertEquals("7:16", place(hidden.get(0)));
    assertEquals(Severity.WARNING, hidden.get(0).severity());
    assertTrue(hidden.get(0).message().contains("U+200B ZERO WIDTH SPACE"));
    assertEquals("11:19", place(hidden.get(1)));
    assertEquals(Severity.ERROR, hidden.get(1).severity());
    assertTrue(hidden.get(1).message().contains("U+202E RIGHT-TO-LEFT OVERRIDE"));
  }
}
