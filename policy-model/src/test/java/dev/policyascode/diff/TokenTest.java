package dev.policyascode.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The tokens are those of the pattern the redline was first written with, on any text. */
class TokenTest {

  private static final Pattern TOKENS =
      Pattern.compile(
          "\\[([^\\]\\n]*)\\]\\(#([a-z0-9][a-z0-9-]*)\\)" // a link to a section id
              + "|\\s+" // whitespace
              + "|[\\p{L}\\p{N}]+(?:['’][\\p{L}\\p{N}]+)*" // a word, with its apostrophes
              + "|[^\\s\\p{L}\\p{N}]", // any other single character
          Pattern.UNICODE_CHARACTER_CLASS);

  /** The tokens as the pattern cut them. */
  static List<Token> byPattern(String text) {
    List<Token> out = new ArrayList<>();
    Matcher m = TOKENS.matcher(text);
    int end = 0;
    while (m.find()) {
      if (m.start() > end) {
        String gap = text.substring(end, m.start());
        out.add(new Token(gap, gap, null));
      }
      String t = m.group();
      if (m.group(2) != null) {
        out.add(new Token("\u0000" + m.group(1) + "\u0000#" + m.group(2), t, m.group(2)));
      } else if (t.isBlank()) {
        out.add(new Token(" ", t, null));
      } else {
        out.add(new Token(t, t, null));
      }
      end = m.end();
    }
    if (end < text.length()) {
      String rest = text.substring(end);
      out.add(new Token(rest, rest, null));
    }
    return out;
  }

  @Test
  void policyText() {
    String text =
        "We keep your data for 3 years (see [](#storage) and [Article](#s4-1)).\n\n"
            + "  It's the controller’s duty: [a [b](#x-) [c](#Bad) [d]( #e) [e\n](#f) [](#)"
            + " l'été — 5.3 % 𝐀𝐁 é\u00a0x\u2028y\u3000z\u0085\u001c!";
    assertEquals(byPattern(text), Token.of(text));
  }

  @Test
  void randomTexts() {
    // Pieces of links, apostrophes, letters and digits of several scripts, combining marks,
    // whitespace Java and Unicode disagree on, surrogate pairs and lone surrogates.
    String[] pieces = {
      "[", "]", "(", ")", "#", "(#", "](#", "-", "a", "z", "0", "9", "A", "é", "ß", "Ω", "ж", "中",
      "٣", "Ⅻ", "½", "\u0301", "'", "’", " ", "  ", "\n", "\t", "\r", "\u00a0", "\u2007", "\u2028",
      "\u3000", "\u0085", "\u001c", "\u200b", ".", ",", "%", "𝐀", "😀", "\ud800", "\udc00", "s1-2"
    };
    Random random = new Random(18);
    for (int n = 0; n < 50_000; n++) {
      StringBuilder sb = new StringBuilder();
      int length = random.nextInt(16);
      for (int i = 0; i < length; i++) sb.append(pieces[random.nextInt(pieces.length)]);
      String text = sb.toString();
      assertEquals(byPattern(text), Token.of(text), text);
    }
  }
}
