package dev.policyascode.lint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The term index spells every phrase of every capitalised run without its white space and hyphens
 * by hand (issue 18); it must give what the pattern gave, on random strings of the characters the
 * pattern removes and of others around them.
 */
class TermSpellingTest {

  private static final String CHARS = " \t\n\u000B\f\r-‐‑–—_aZé’'s\u00A0\u2003\u0085";

  @Test
  void withoutJoinersIsThePattern() {
    Random random = new Random(18);
    for (int n = 0; n < 50_000; n++) {
      StringBuilder b = new StringBuilder();
      int length = random.nextInt(12);
      for (int i = 0; i < length; i++) b.append(CHARS.charAt(random.nextInt(CHARS.length())));
      String s = b.toString();
      assertEquals(s.replaceAll("[\\s\\-‐‑–]+", ""), TermIndex.withoutJoiners(s), s);
    }
  }
}
