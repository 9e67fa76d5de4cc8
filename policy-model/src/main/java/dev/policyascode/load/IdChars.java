package dev.policyascode.load;

import dev.policyascode.diagnostics.Finding;
import dev.policyascode.diagnostics.Position;
import java.util.Locale;
import java.util.Optional;

/**
 * Says which character makes an id invalid when it is not ASCII. A Cyrillic "а" looks like a Latin
 * "a", and a zero-width space looks like nothing: "'sеction' is not a valid id" alone leaves the
 * author staring at a word that looks right. The message names the character, its code point and
 * its Unicode name, and the finding is placed at it.
 */
final class IdChars {

  private IdChars() {}

  /**
   * The finding for an id whose first wrong character is not ASCII; empty for any other, and when
   * the decoded text has a {@code problem} of its own already.
   */
  static Optional<Finding> finding(
      Optional<String> problem, Type.Scalar type, String id, ScalarLocator locator) {
    if (problem.isPresent() || (type != Scalars.ID && type != Scalars.VERSION_ID)) {
      return Optional.empty();
    }
    int at = firstNonAscii(id);
    if (at < 0) return Optional.empty();
    Position p = locator.locate(id, at, Character.charCount(id.codePointAt(at)));
    // A value written with escapes or over lines is placed at its start: no column to name then.
    boolean found = at == 0 || !p.equals(locator.start());
    return Optional.of(
        Finding.of(LoadRules.WRONG_TYPE, p, message(id, at, found ? p.column() : 0)));
  }

  /**
   * "the letter 'а' (U+0430 CYRILLIC SMALL LETTER A) at column 7 is not an ASCII letter: ids use
   * a-z, 0-9 and -"; {@code column} 0 leaves the column out.
   */
  static String message(String id, int at, int column) {
    int c = id.codePointAt(at);
    boolean letter = Character.isLetter(c);
    return "'"
        + id
        + "' is not a valid id: "
        + (letter ? "the letter '" : "the character '")
        + new String(Character.toChars(c))
        + "' ("
        + named(c)
        + ")"
        + (column > 0 ? " at column " + column : "")
        + (letter ? " is not an ASCII letter" : " is not allowed")
        + ": ids use a-z, 0-9 and -";
  }

  /** "U+0430 CYRILLIC SMALL LETTER A", or the code point alone for one Java does not name. */
  static String named(int c) {
    String code = String.format(Locale.ROOT, c > 0xffff ? "U+%06X" : "U+%04X", c);
    String name = Character.getName(c);
    return name == null ? code : code + " " + name;
  }

  private static int firstNonAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) > 0x7f) return i;
    }
    return -1;
  }
}
