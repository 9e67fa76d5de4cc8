package dev.policyascode.lint.rules;

import java.util.regex.Pattern;

/**
 * Whether a text holds a phrase as whole words: what {@code
 * (?<![\p{L}\p{N}])phrase(?![\p{L}\p{N}])} finds, without compiling a pattern for every phrase of
 * every version.
 */
final class WholeWord {

  private WholeWord() {}

  static boolean in(String text, String phrase) {
    if (phrase.isEmpty()) {
      // an empty phrase matches between two non-letters: rare enough to leave to the pattern
      return Pattern.compile("(?<![\\p{L}\\p{N}])(?![\\p{L}\\p{N}])").matcher(text).find();
    }
    for (int at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
      if (boundedAt(text, at, at + phrase.length())) return true;
    }
    return false;
  }

  /** Whether {@code text} has no letter or number right before {@code start} or at {@code end}. */
  static boolean boundedAt(String text, int start, int end) {
    boolean startOk = start == 0 || !letterOrNumber(text.codePointBefore(start));
    return startOk && (end == text.length() || !letterOrNumber(text.codePointAt(end)));
  }

  /** {@code \p{L}} or {@code \p{N}}, as java.util.regex reads them. */
  private static boolean letterOrNumber(int cp) {
    if (Character.isLetter(cp)) return true;
    int type = Character.getType(cp);
    return type == Character.DECIMAL_DIGIT_NUMBER
        || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }
}
