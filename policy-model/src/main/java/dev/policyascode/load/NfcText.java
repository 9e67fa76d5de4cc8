package dev.policyascode.load;

import java.text.Normalizer;

/**
 * Text in Unicode's composed form (NFC), and where each of its places comes from in the text as
 * written. "Café" can be written with one character for "é" (NFC, what most keyboards type) or with
 * "e" and a combining accent (NFD, what some macOS tools and copies from PDFs give). Both read the
 * same; compared as written, two definitions of "Café Member" would be two terms, and the one would
 * look like a synonym of the other. The loader keeps every value in NFC, and the file's own
 * characters for positions: a finding still points at the line and column in the source.
 */
final class NfcText {

  private NfcText() {}

  /** {@code text} in NFC; the same string when it already is, as almost every text is. */
  static String of(String text) {
    return plain(text) || Normalizer.isNormalized(text, Normalizer.Form.NFC)
        ? text
        : Normalizer.normalize(text, Normalizer.Form.NFC);
  }

  /**
   * Whether {@code text} is in NFC by a look at each character: it is when every character is below
   * U+0300, where the combining marks start, or is punctuation or a currency sign from U+2002 to
   * U+20CF (the typographic quotes, dashes, ellipsis and the euro sign). None of these changes
   * under NFC, none combines with what comes before it, so any text made only of them is in NFC.
   * The JDK's check, which this spares almost every value, walks the text through the normaliser's
   * tables.
   */
  static boolean plain(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x300 && (c < 0x2002 || c > 0x20CF)) return false;
    }
    return true;
  }

  /**
   * For each offset of {@code nfc} (and its end), the offset in {@code written} it comes from, or
   * null when the two cannot be matched piece by piece (then a place is the value's start).
   *
   * <p>Normalisation only changes a character with the marks that follow it, so the text is cut
   * before every character that is not a mark, and each piece normalised on its own; a place inside
   * a piece that changed is placed at the piece's start, the character the accent belongs to.
   */
  static int[] offsets(String written, String nfc) {
    int[] map = new int[nfc.length() + 1];
    StringBuilder joined = new StringBuilder(nfc.length());
    int start = 0;
    while (start < written.length()) {
      int end = start + Character.charCount(written.codePointAt(start));
      while (end < written.length() && !startsPiece(written.codePointAt(end))) {
        end += Character.charCount(written.codePointAt(end));
      }
      String piece = Normalizer.normalize(written.substring(start, end), Normalizer.Form.NFC);
      if (joined.length() + piece.length() > nfc.length()) return null;
      for (int i = 0; i < piece.length(); i++) map[joined.length() + i] = start + i;
      if (!piece.equals(written.substring(start, end))) {
        for (int i = 0; i < piece.length(); i++) map[joined.length() + i] = start;
      }
      joined.append(piece);
      start = end;
    }
    map[nfc.length()] = written.length();
    return joined.toString().equals(nfc) ? map : null;
  }

  /** Whether a character can start a piece: not a combining mark, nor a Korean vowel or final. */
  private static boolean startsPiece(int c) {
    int type = Character.getType(c);
    boolean mark =
        type == Character.NON_SPACING_MARK
            || type == Character.COMBINING_SPACING_MARK
            || type == Character.ENCLOSING_MARK;
    boolean jamo = (c >= 0x1160 && c <= 0x11FF) || (c >= 0xD7B0 && c <= 0xD7FF);
    return !mark && !jamo;
  }
}
