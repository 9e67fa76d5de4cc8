package dev.policyascode.translate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;

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
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(normal.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest).substring(0, LENGTH);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
