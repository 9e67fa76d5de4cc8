package dev.policyascode.load;

import dev.policyascode.diagnostics.OneLine;
import java.util.Optional;

/**
 * Checks a value as YAML decoded it, escapes included. {@link YamlFile} refuses a control character
 * written as it is, but in double quotes {@code "\x01"}, {@code "\0"}, {@code "\uFFFE"} or {@code
 * "\uD800"} write the same characters with plain letters. Such a character breaks what the value
 * ends up in: the Atom feed is no longer XML, the Markdown front matter no longer YAML, a lone
 * surrogate becomes "?" in UTF-8. A line break in a one-line value, such as a term, would put a
 * line of the author's choosing into a build log or a page title.
 *
 * <p>Tab is allowed, as it is written as it is; a line break only in prose.
 */
final class DecodedText {

  private DecodedText() {}

  /** Why {@code text}, the value of {@code key} (null for none), cannot be kept, or empty. */
  static Optional<String> problem(String text, boolean multiline, String key) {
    // First a tight scan over what is never a problem (printable ASCII, tab, a prose's line
    // break): almost every value is only that, and this loop, with no call in it, is compiled to a
    // few instructions a character, where the loop below took five times as long.
    int n = text.length();
    int start = 0;
    while (start < n) {
      char ch = text.charAt(start);
      if ((ch >= 0x20 && ch < 0x7f) || ch == '\t' || (ch == '\n' && multiline)) start++;
      else break;
    }
    for (int i = start; i < n; ) {
      char ch = text.charAt(i);
      if (ch >= 0x20 && ch < 0x7f) { // printable ASCII, almost every character: no problem
        i++;
        continue;
      }
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      Optional<String> p = problem(c, multiline, key);
      if (p.isPresent()) return p;
    }
    return Optional.empty();
  }

  private static Optional<String> problem(int c, boolean multiline, String key) {
    if (c == '\t' || (c == '\n' && multiline)) return Optional.empty();
    if (c == '\n') {
      return Optional.of(
          (key == null ? "this value" : "'" + key + "'")
              + " is one line of text, but a line break is written in it here (\\n, or a new line"
              + " inside the quotes); write it on one line");
    }
    if (c == 0x2028 || c == 0x2029 || c == 0x85) {
      return Optional.of(
          "this text holds an invisible line separator, "
              + named(c)
              + ", which editors do not show as a line break; write "
              + (multiline ? "a line break or a space" : "a space")
              + " instead");
    }
    if (c < 0x20 || (c >= 0x7f && c < 0xa0)) {
      return Optional.of(
          "this text holds an invisible control character, "
              + named(c)
              + ", which pages, feeds and build logs cannot carry; delete it");
    }
    if (Character.getType(c) == Character.SURROGATE) {
      return Optional.of(
          "this text holds half of a character, "
              + named(c)
              + ", whose other half is missing; write the character itself, or its full escape"
              + " such as \\U0001F600");
    }
    if (OneLine.noncharacter(c)) {
      return Optional.of(
          "this text holds "
              + named(c)
              + ", a code point that Unicode reserves and that is never text; delete it");
    }
    return Optional.empty();
  }

  /** "U+0001 (written \x01 or \u0001)": the code point, and how an author writes it in YAML. */
  private static String named(int c) {
    String code = String.format(c > 0xffff ? "U+%06X" : "U+%04X", c);
    return code + " (written " + written(c) + ")";
  }

  private static String written(int c) {
    return switch (c) {
      case 0 -> "\\0";
      case 0x07 -> "\\a";
      case 0x08 -> "\\b";
      case 0x0b -> "\\v";
      case 0x0c -> "\\f";
      case 0x0d -> "\\r";
      case 0x1b -> "\\e";
      case 0x85 -> "\\N";
      case 0x2028 -> "\\L";
      case 0x2029 -> "\\P";
      default ->
          c <= 0xff ? String.format("\\x%02X or ", c) + OneLine.escape(c) : OneLine.escape(c);
    };
  }
}
