package dev.policyascode.diagnostics;

/**
 * A message as one line of a build log, whatever text it quotes. A CI server reads every line of
 * the log: a line break carried by a quoted value would let a pull request write a line of its own
 * choosing at column 0, such as {@code ::error} or {@code ::add-mask::} (GitHub Actions workflow
 * commands) or a forged {@code [INFO] BUILD SUCCESS}. So every line break, control and format
 * character (and every code point that is no character) is shown as its escape, the way YAML writes
 * it in double quotes: {@code \n}, {@code \u0001}, {@code \U000E0001}.
 *
 * <p>Backslashes are left as they are, so that applying this twice changes nothing.
 */
public final class OneLine {

  private OneLine() {}

  /** {@code text} with nothing that could end the line or hide in it; null stays null. */
  public static String of(String text) {
    if (text == null || clean(text)) return text;
    StringBuilder sb = new StringBuilder(text.length() + 16);
    text.codePoints()
        .forEach(
            c -> {
              if (!shown(c)) sb.append(escape(c));
              else sb.appendCodePoint(c);
            });
    return sb.toString();
  }

  /** Whether {@code text} is already one line with nothing hidden in it. */
  public static boolean clean(String text) {
    // Printable ASCII char by char first: every finding's message passes here, and nearly all are
    // plain ASCII; the code point walk is for the rest.
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 || c >= 0x7f) return text.codePoints().allMatch(OneLine::shown);
    }
    return true;
  }

  /** Whether a log line may carry {@code c} as it is. */
  static boolean shown(int c) {
    if (c >= 0x20 && c < 0x7f) return true; // the common case, quickly
    return switch (Character.getType(c)) {
      case Character.CONTROL, // C0, DEL, C1 (U+0085 among them), and so tab, CR and LF
          Character.FORMAT, // bidirectional overrides, zero-width characters, U+FEFF...
          Character.LINE_SEPARATOR, // U+2028
          Character.PARAGRAPH_SEPARATOR, // U+2029
          Character.SURROGATE -> // half of a character, alone
          false;
      default -> !noncharacter(c);
    };
  }

  /** U+FDD0 to U+FDEF, and the last two code points of every plane: never text. */
  public static boolean noncharacter(int c) {
    return (c >= 0xfdd0 && c <= 0xfdef) || (c & 0xfffe) == 0xfffe;
  }

  /** How YAML writes {@code c} in double quotes, the short form where there is one. */
  public static String escape(int c) {
    return switch (c) {
      case '\n' -> "\\n";
      case '\r' -> "\\r";
      case '\t' -> "\\t";
      default -> c > 0xffff ? String.format("\\U%08X", c) : String.format("\\u%04X", c);
    };
  }
}
