package dev.policyascode.translate;

import dev.policyascode.versions.ContentHash;
import java.text.Normalizer;

/**
 * The short fingerprint of a source text that a translation records: the first 10 hex digits of the
 * SHA-256 of the text, in NFC, with its runs of white space made one space and its ends trimmed. A
 * new line or re-indented paragraph is the same text to the reader, so it does not make a
 * translation stale; a changed word or comma does. Ten digits make two different texts of one
 * version collide about once in a trillion pairs.
 */
public final class SourceFingerprint {

  public static final int LENGTH = 10;

  private SourceFingerprint() {}

  public static String of(String text) {
    String normal = Normalizer.normalize(text, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
    String hash = ContentHash.of(normal);
    return hash.substring(ContentHash.PREFIX.length(), ContentHash.PREFIX.length() + LENGTH);
  }
}
