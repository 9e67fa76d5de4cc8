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
      int end = at + phrase.length();
      boolean startOk = at == 0 || !letterOrNumber(text.codePointBefore(at));
      boolean endOk = end == text.length() || !letterOrNumber(text.codePointAt(end));
      if (startOk && endOk) return true;
    }
    return false;
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
