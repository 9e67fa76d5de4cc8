package dev.policyascode.lint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * One pass of the scanner finds exactly the phrases that {@link WholeWord} finds one by one: the
 * term rules moved from one to the other (issue 19) and must say the same.
 */
class PhraseScannerTest {

  /** Letters, a digit, an accent, a character of two chars, apostrophes, spaces, punctuation. */
  private static final String[] PIECES = {
    "a", "b", "ab", "ba", "A", "é", "1", "𝔸", "’", "'", "s", " ", " ", "-", ".", "(", ")"
  };

  private static String random(Random r, int pieces) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < pieces; i++) sb.append(PIECES[r.nextInt(PIECES.length)]);
    return sb.toString();
  }

  @Test
  void findsWhatWholeWordFindsInRandomTexts() {
    for (int seed = 0; seed < 300; seed++) {
      Random r = new Random(seed);
      List<String> phrases = new ArrayList<>();
      for (int i = 0; i < 1 + r.nextInt(12); i++) {
        String p = random(r, 1 + r.nextInt(4));
        if (!phrases.contains(p)) phrases.add(p);
      }
      String text = random(r, r.nextInt(60));
      Set<Integer> expected = new TreeSet<>();
      for (int p = 0; p < phrases.size(); p++) {
        if (WholeWord.in(text, phrases.get(p))) expected.add(p);
      }
      Set<Integer> found = new TreeSet<>();
      new PhraseScanner(phrases).scan(text, found::add);
      assertEquals(expected, found, "seed " + seed + ": " + phrases + " in '" + text + "'");
    }
  }

  @Test
  void findsTermsInsideOtherTermsAndEachPlace() {
    List<String> phrases = List.of("Personal Data", "Data", "Data Subject", "Site");
    List<Integer> found = new ArrayList<>();
    new PhraseScanner(phrases)
        .scan("Personal Data of a Data Subject, not a Website; Data.", found::add);
    assertEquals(List.of(0, 1, 1, 2, 1), found);
  }
}
