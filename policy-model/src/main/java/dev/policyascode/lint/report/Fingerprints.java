package dev.policyascode.lint.report;

import dev.policyascode.diagnostics.Finding;
import dev.policyascode.diagnostics.SourceText;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Names a finding by what it is about rather than where it is: its rule, its file and the text
 * around it, never its line number or its message. The name survives lines added above it and a
 * reworded message; it changes when the text around the finding changes, which is when a person
 * should look again. The baseline and the SARIF report share it, so code scanning tracks an alert
 * across commits under the same name the baseline accepts it by.
 */
final class Fingerprints {

  /** How much of the line around the finding's column names it, in characters. */
  static final int BEFORE = 20;

  static final int AFTER = 60;

  /** A finding's name: the hash of rule, file and text, and which of the equal ones it is. */
  record Fingerprint(String hash, int occurrence) {
    /** {@code 3f2a...:1}, the form GitHub uses for its own line hashes. */
    String sarif() {
      return hash + ":" + occurrence;
    }
  }

  private Fingerprints() {}

  /**
   * The text that names a finding: up to {@value #BEFORE} characters before its column and {@value
   * #AFTER} from it, on its line, with runs of white space made one space. Anchored on the column,
   * so that words added earlier in a long paragraph do not change it.
   */
  static String snippet(String line, int column) {
    return snippet(line, column, null);
  }

  /**
   * The snippet, with the code points of a line that has characters of two chars worked out once
   * per line in {@code lines}: converting the whole line for every finding took minutes for 100,000
   * findings on one line (issue 19). A line of one-char characters is cut where it is.
   */
  private static String snippet(String line, int column, Map<String, int[]> lines) {
    int[] cps =
        lines == null ? codePoints(line) : lines.computeIfAbsent(line, Fingerprints::codePoints);
    if (cps == ONE_CHAR_EACH) cps = null;
    int length = cps == null ? line.length() : cps.length;
    int at = Math.min(Math.max(column - 1, 0), length);
    int from = Math.max(0, at - BEFORE);
    int to = Math.min(length, at + AFTER);
    String window = cps == null ? line.substring(from, to) : new String(cps, from, to - from);
    return SPACES.matcher(window).replaceAll(" ").strip();
  }

  private static final int[] ONE_CHAR_EACH = new int[0];

  /** Compiled once: every finding of a report has a snippet. */
  private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

  /** The code points of a line, or {@link #ONE_CHAR_EACH} when each is one char. */
  private static int[] codePoints(String line) {
    for (int i = 0; i < line.length(); i++) {
      if (Character.isSurrogate(line.charAt(i))) return line.codePoints().toArray();
    }
    return ONE_CHAR_EACH;
  }

  /** The first 16 hex digits of SHA-256 over {@code rule|file|snippet}. */
  static String hash(String rule, String file, String snippet) {
    String text = rule + "|" + file + "|" + snippet;
    return HexFormat.of().formatHex(sha256(text.getBytes(StandardCharsets.UTF_8))).substring(0, 16);
  }

  private static String hash(Finding f, SourceText sources, Map<String, int[]> lines) {
    return hash(
        f.ruleId(),
        f.at().file(),
        snippet(sources.line(f.at().file(), f.at().line()), f.at().column(), lines));
  }

  /**
   * The fingerprint of each finding, in the order of the list. Findings with the same hash (the
   * same rule and text in one file) are numbered from 1 in that order.
   */
  static List<Fingerprint> of(List<Finding> findings, SourceText sources) {
    Map<String, Integer> seen = new HashMap<>();
    Map<String, int[]> lines = new java.util.IdentityHashMap<>();
    List<Fingerprint> result = new ArrayList<>(findings.size());
    for (Finding f : findings) {
      String hash = hash(f, sources, lines);
      result.add(new Fingerprint(hash, seen.merge(hash, 1, Integer::sum)));
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
