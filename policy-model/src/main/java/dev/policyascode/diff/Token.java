package dev.policyascode.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A piece of text as the redline compares it: a word, a punctuation mark, a run of whitespace or a
 * link to a section. {@code key} is what is compared, {@code text} what was written.
 *
 * <p>Two texts that differ only in whitespace, or only in the numbers of the sections they link to,
 * have the same keys: every run of whitespace has the key " ", and a link to a section id ({@code
 * [](#storage)}) has the id as its key, whatever number it renders as.
 */
public record Token(String key, String text, String sectionId) {

  private static final Pattern TOKENS =
      Pattern.compile(
          "\\[([^\\]\\n]*)\\]\\(#([a-z0-9][a-z0-9-]*)\\)" // a link to a section id
              + "|\\s+" // whitespace
              + "|[\\p{L}\\p{N}]+(?:['’][\\p{L}\\p{N}]+)*" // a word, with its apostrophes
              + "|[^\\s\\p{L}\\p{N}]", // any other single character
          Pattern.UNICODE_CHARACTER_CLASS);

  public boolean isWhitespace() {
    return key.equals(" ");
  }

  /** The tokens of a text; their texts, joined, are the text. */
  public static List<Token> of(String text) {
    List<Token> out = new ArrayList<>();
    Matcher m = TOKENS.matcher(text);
    int end = 0;
    while (m.find()) {
      if (m.start() > end) { // cannot happen with the last alternative; kept whole all the same
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
}
