package dev.policyascode.diff;

import java.util.ArrayList;
import java.util.List;

/**
 * A piece of text as the redline compares it: a word, a punctuation mark, a run of whitespace or a
 * link to a section. {@code key} is what is compared, {@code text} what was written.
 *
 * <p>Two texts that differ only in whitespace, or only in the numbers of the sections they link to,
 * have the same keys: every run of whitespace has the key " ", and a link to a section id ({@code
 * [](#storage)}) has the id as its key, whatever number it renders as.
 */
public record Token(String key, String text, String sectionId) {

  public boolean isWhitespace() {
    return key.equals(" ");
  }

  /**
   * The tokens of a text; their texts, joined, are the text. At each place, the first of these that
   * is there: a link to a section id ({@code [words](#id)}, the words on one line, the id in lower
   * case letters, digits and hyphens), a run of whitespace (Unicode's White_Space), a word (letters
   * and digits, with the apostrophes between them), any other single character. A blank token
   * ({@link String#isBlank}) has the key " ".
   */
  public static List<Token> of(String text) {
    // By hand, not by a pattern: a text of thousands of tokens tried a four-way alternation at
    // each.
    List<Token> out = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      int end = link(text, i);
      if (end > 0) {
        int close = text.indexOf(']', i);
        String id = text.substring(close + 3, end - 1);
        String label = text.substring(i + 1, close);
        out.add(new Token("\u0000" + label + "\u0000#" + id, text.substring(i, end), id));
        i = end;
        continue;
      }
      int c = text.codePointAt(i);
      end = i + Character.charCount(c);
      if (space(c)) {
        while (end < n && space(text.codePointAt(end)))
          end += Character.charCount(text.codePointAt(end));
      } else if (wordly(c)) {
        end = word(text, end);
      }
      String t = text.substring(i, end);
      out.add(new Token(t.isBlank() ? " " : t, t, null));
      i = end;
    }
    return out;
  }

  /** The end of the link to a section id that starts at {@code i}, or -1. */
  private static int link(String s, int i) {
    int n = s.length();
    if (s.charAt(i) != '[') return -1;
    int j = i + 1;
    while (j < n && s.charAt(j) != ']' && s.charAt(j) != '\n') j++;
    if (j + 3 >= n || s.charAt(j) != ']' || s.charAt(j + 1) != '(' || s.charAt(j + 2) != '#') {
      return -1;
    }
    int k = j + 3;
    if (!idStart(s.charAt(k))) return -1;
    k++;
    while (k < n && (idStart(s.charAt(k)) || s.charAt(k) == '-')) k++;
    return k < n && s.charAt(k) == ')' ? k + 1 : -1;
  }

  private static boolean idStart(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  }

  /**
   * The end of the word whose first letter or digit ends at {@code from}: more letters and digits,
   * and an apostrophe only with a letter or digit after it.
   */
  private static int word(String s, int from) {
    int n = s.length();
    int k = from;
    while (true) {
      while (k < n && wordly(s.codePointAt(k))) k += Character.charCount(s.codePointAt(k));
      if (k + 1 < n
          && (s.charAt(k) == '\'' || s.charAt(k) == '\u2019')
          && wordly(s.codePointAt(k + 1))) {
        k++;
      } else {
        return k;
      }
    }
  }

  /** A letter or a number: Unicode's general categories L and N. */
  private static boolean wordly(int c) {
    return ((LETTER_OR_NUMBER >> Character.getType(c)) & 1) != 0;
  }

  private static final int LETTER_OR_NUMBER =
      (1 << Character.UPPERCASE_LETTER)
          | (1 << Character.LOWERCASE_LETTER)
          | (1 << Character.TITLECASE_LETTER)
          | (1 << Character.MODIFIER_LETTER)
          | (1 << Character.OTHER_LETTER)
          | (1 << Character.DECIMAL_DIGIT_NUMBER)
          | (1 << Character.LETTER_NUMBER)
          | (1 << Character.OTHER_NUMBER);

  /** Unicode's White_Space: what a pattern's {@code \s} matches with UNICODE_CHARACTER_CLASS. */
  private static boolean space(int c) {
    return ((SEPARATOR >> Character.getType(c)) & 1) != 0 || (c >= 0x9 && c <= 0xd) || c == 0x85;
  }

  private static final int SEPARATOR =
      (1 << Character.SPACE_SEPARATOR)
          | (1 << Character.LINE_SEPARATOR)
          | (1 << Character.PARAGRAPH_SEPARATOR);
}
