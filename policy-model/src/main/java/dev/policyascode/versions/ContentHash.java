package dev.policyascode.versions;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The SHA-256 of a version file, as the lock records it: {@code sha256:<64 hex digits>}.
 *
 * <p>Line endings are normalised first (CRLF to LF): Git on Windows checks text files out with CRLF
 * when {@code core.autocrlf} is on, and a lock that broke on such a checkout would teach people to
 * ignore it. Any other byte counts, spaces and comments included: the file is the record.
 */
public final class ContentHash {

  public static final String PREFIX = "sha256:";

  private ContentHash() {}

  public static String of(byte[] content) {
    byte[] normalised = normalise(content);
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalised);
      return PREFIX + HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  public static String of(String content) {
    return of(content.getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] normalise(byte[] in) {
    byte[] out = new byte[in.length];
    int n = 0;
    for (int i = 0; i < in.length; i++) {
      if (in[i] == '\r' && i + 1 < in.length && in[i + 1] == '\n') continue;
      out[n++] = in[i];
    }
    return java.util.Arrays.copyOf(out, n);
  }
}
