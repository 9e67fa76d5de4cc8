package dev.policyascode.lint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/**
 * prose-placeholder tries its pattern only where a placeholder can start (issue 18); it must find
 * exactly what {@link Matcher#find} finds, in random texts made of the pieces placeholders are made
 * of and of what may stand before them.
 */
class ProsePlaceholderScanTest {

  private static final String[] PIECES = {
    "TODO",
    "TBD",
    "FIXME",
    "XXX",
    "XX",
    "X",
    "x",
    "N",
    "nn",
    "n",
    "t.b.d.",
    "T.B.A.",
    "days",
    "months",
    "%",
    "Tage",
    "lorem ipsum",
    "Lorem Ipsum",
    "[",
    "]",
    "insert",
    "company name",
    "your name",
    "(",
    "{{",
    "}}",
    "{%",
    "%}",
    "{#",
    "#}",
    "<",
    ">",
    "enter",
    "_",
    "____",
    "…",
    "a",
    "L",
    "1",
    "é",
    "𝔸",
    "’",
    "-",
    ".",
    ",",
    " ",
    " ",
    "\n",
    ":"
  };

  private static String random(Random r, int pieces) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < pieces; i++) sb.append(PIECES[r.nextInt(PIECES.length)]);
    return sb.toString();
  }

  @Test
  void findsWhatFindFindsInRandomTexts() {
    Random r = new Random(18);
    int found = 0;
    for (int i = 0; i < 20_000; i++) {
      String text = random(r, 1 + r.nextInt(12));
      List<String> expected = new ArrayList<>();
      Matcher m = ProsePlaceholder.PLACEHOLDER.matcher(text);
      while (m.find()) expected.add(m.start() + "-" + m.end() + ":" + m.group());
      List<String> actual = new ArrayList<>();
      ProsePlaceholder.Placeholders p = new ProsePlaceholder.Placeholders(text);
      while (p.next()) actual.add(p.start() + "-" + p.end() + ":" + p.group());
      assertEquals(expected, actual, text);
      found += expected.size();
    }
    // the pieces make placeholders often enough for the comparison to mean something
    assertEquals(true, found > 5_000, "placeholders in the random texts: " + found);
  }
}
