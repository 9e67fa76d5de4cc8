package dev.policyascode.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link NfcText#plain} says a text is in NFC without the JDK's check: it must never say so of a
 * text that is not. Held to {@link Normalizer} on every character it accepts, after every
 * character, and on random texts.
 */
class NfcTextTest {

  /** Every character that {@link NfcText#plain} accepts alone. */
  private static StringBuilder accepted() {
    StringBuilder all = new StringBuilder();
    for (char c = 0; c < 0xFFFF; c++) {
      if (NfcText.plain(String.valueOf(c))) all.append(c);
    }
    return all;
  }

  /**
   * A character leaves a text in NFC wherever it stands when it is in NFC alone, no canonical
   * decomposition has it after its first character (so it never composes with what is before it),
   * and it is a starter (so no mark before it is reordered with it).
   */
  @Test
  void everyAcceptedCharacterLeavesATextInNfc() {
    java.util.Set<Integer> composesBackward = new java.util.HashSet<>();
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      if (Character.getType(cp) == Character.SURROGATE) continue;
      String d = Normalizer.normalize(Character.toString(cp), Normalizer.Form.NFD);
      d.codePoints().skip(1).forEach(composesBackward::add);
    }
    StringBuilder accepted = accepted();
    for (int i = 0; i < accepted.length(); i++) {
      char c = accepted.charAt(i);
      String name = String.format("U+%04X", (int) c);
      assertTrue(isNfc(String.valueOf(c)), name);
      assertFalse(composesBackward.contains((int) c), name);
      // After U+0345, whose combining class is the highest (240), only a starter keeps the order.
      assertTrue(isNfc("a\u0345" + c), name);
    }
  }

  @Test
  void combiningMarksAndSingletonsAreLeftToTheJdk() {
    assertFalse(NfcText.plain("Cafe\u0301"));
    assertFalse(NfcText.plain("\u2000")); // EN QUAD, NFC: EN SPACE
    assertFalse(NfcText.plain("\u212B")); // ANGSTROM SIGN, NFC: Å
    assertFalse(NfcText.plain("\uD83D\uDE00"));
    assertTrue(NfcText.plain("Caf\u00e9 \u2019s \u201cmember\u201d \u2013 \u20ac 5\u2026"));
    assertEquals("Caf\u00e9", NfcText.of("Cafe\u0301"));
  }

  @Test
  void randomTextsAgreeWithTheJdk() {
    String pieces = accepted().toString() + "\u0301\u0327\u2000\u212B\u1100\u1161\u11A8\uAC00";
    Random random = new Random(18);
    for (int n = 0; n < 50_000; n++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(8);
      for (int i = 0; i < length; i++) {
        text.append(pieces.charAt(random.nextInt(pieces.length())));
      }
      String t = text.toString();
      if (NfcText.plain(t)) assertTrue(isNfc(t), t);
      assertEquals(Normalizer.normalize(t, Normalizer.Form.NFC), NfcText.of(t), t);
    }
  }

  private static boolean isNfc(String s) {
    return Normalizer.isNormalized(s, Normalizer.Form.NFC);
  }
}
