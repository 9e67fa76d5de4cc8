package dev.policyascode.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** What may reach a log line as it is, and the quick path that answers for plain ASCII. */
class OneLineTest {

  @Test
  void theQuickPathAnswersAsTheCodePointWalkDoes() {
    Random random = new Random(18);
    // Mostly printable ASCII, with the characters at the edges of that range and beyond it.
    int[] edges = {
      0x09, 0x0a, 0x0d, 0x1f, 0x20, 0x7e, 0x7f, 0x85, 0xa0, 0xe9, 0x200b, 0x2028, 0x202e, 0xfeff,
      0xfffe, 0xd83d, 0x1f600
    };
    for (int n = 0; n < 50_000; n++) {
      StringBuilder b = new StringBuilder();
      int length = random.nextInt(12);
      for (int i = 0; i < length; i++) {
        int c =
            random.nextInt(10) < 8
                ? 0x20 + random.nextInt(0x5f)
                : edges[random.nextInt(edges.length)];
        b.appendCodePoint(c);
      }
      String s = b.toString();
      assertEquals(s.codePoints().allMatch(OneLine::shown), OneLine.clean(s), s);
    }
  }

  @Test
  void aLineBreakOrAHiddenCharacterIsNotClean() {
    assertTrue(OneLine.clean("rule-id: a plain message, with 'quotes' ~"));
    assertTrue(OneLine.clean("café"));
    assertFalse(OneLine.clean("a\nforged line"));
    assertFalse(OneLine.clean("delete\u007f"));
    assertFalse(OneLine.clean("next\u2028line"));
    assertFalse(OneLine.clean("right\u202eto left"));
    assertEquals("a\\nforged line", OneLine.of("a\nforged line"));
  }
}
