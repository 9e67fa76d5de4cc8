package dev.policyascode.lint.report;

import dev.policyascode.lint.Finding;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Names a finding without its line and column, so that the name survives edits elsewhere in the
 * file. The baseline and the SARIF report share it: code scanning then tracks an alert across
 * commits by the same name the baseline accepts it under.
 */
final class Fingerprints {

  private Fingerprints() {}

  /**
   * The first 16 hex digits of SHA-256 over {@code rule|file|message|occurrence}. The occurrence
   * (0-based) tells apart identical findings in one file, in the order they appear.
   */
  static String of(String rule, String file, String message, int occurrence) {
    String text = rule + "|" + file + "|" + message + "|" + occurrence;
    return HexFormat.of().formatHex(sha256(text.getBytes(StandardCharsets.UTF_8))).substring(0, 16);
  }

  /** The fingerprint of each finding, counting occurrences in the order of the list. */
  static List<String> of(List<Finding> findings) {
    Occurrences seen = new Occurrences();
    List<String> result = new ArrayList<>(findings.size());
    for (Finding f : findings) {
      Key key = Key.of(f);
      result.add(of(key.rule(), key.file(), key.message(), seen.next(key)));
    }
    return result;
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      // Every Java runtime must provide SHA-256, so this cannot happen.
      throw new IllegalStateException(e);
    }
  }
}
