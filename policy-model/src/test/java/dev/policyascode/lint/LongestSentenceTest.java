package dev.policyascode.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The limit of plain-long-sentence, as a project sets it. */
class LongestSentenceTest {

  @Test
  void theLimitIsTheProjectsAndTheDefaultIsForty(@TempDir Path dir) throws Exception {
    Path versions = Files.createDirectories(dir.resolve("p/versions"));
    Files.writeString(
        dir.resolve("p/policy.yaml"),
        "format: 1\nid: p\ntitle: P\ncontroller:\n  name: A\nlanguages: [en]\n");
    // 17 words
    Files.writeString(
        versions.resolve("v1.yaml"),
        "format: 1\nversion: v1\neffective: 2024-01-01\nstatus: draft\nsections:\n"
            + "  - {id: a, title: A, body: \"Example SAS decides why and how your data is"
            + " processed, and by whom, and for how long.\"}\n");
    assertEquals(List.of(), longSentences(Linter.builder().build(), dir));
    assertEquals(
        List.of(
            "A sentence of 17 words (more than 12) starting 'Example SAS decides why and…':"
                + " split it, or make its parts a list"),
        longSentences(Linter.builder().longestSentence(12).build(), dir));
    assertEquals(List.of(), longSentences(Linter.builder().longestSentence(17).build(), dir));
  }

  @Test
  void aLimitUnderTenIsRefused() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Linter.builder().longestSentence(9));
    assertEquals("The longest sentence allowed must be at least 10 words, not 9.", e.getMessage());
  }

  private static List<String> longSentences(Linter linter, Path dir) {
    return linter.lint(dir).findings().stream()
        .filter(f -> f.ruleId().equals("plain-long-sentence"))
        .map(f -> f.message())
        .toList();
  }
}
