package dev.policyascode.lint.cache;

import dev.policyascode.io.CodeDigests;
import dev.policyascode.io.Digests;
import java.io.UncheckedIOException;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.commonmark.parser.Parser;
import org.yaml.snakeyaml.Yaml;

/**
 * The lint's own code, as cached findings depend on it: the bytes of the core's jar (or class
 * folder), whatever its version number says, so that a rebuilt snapshot counts as a change; the
 * rules' reference data (adequacy decisions, the EEA, the notice checklist) is in that jar. The
 * parsers the rules read through (SnakeYAML, commonmark-java) by the address of their jars, which a
 * released library names after its version; and the Java version.
 */
public final class ToolFingerprint {

  private ToolFingerprint() {}

  /** The fingerprint of the code this class is loaded with. */
  public static String current() {
    MessageDigest d = Digests.sha256();
    CodeDigests.update(d, "java=" + System.getProperty("java.version"));
    CodeDigests.update(d, code(ToolFingerprint.class));
    for (Class<?> library : List.of(Yaml.class, Parser.class)) {
      CodeSource source = library.getProtectionDomain().getCodeSource();
      CodeDigests.update(
          d,
          source == null || source.getLocation() == null
              ? library.getName()
              : source.getLocation().toString());
    }
    return HexFormat.of().formatHex(d.digest());
  }

  private static String code(Class<?> c) {
    try {
      return CodeDigests.of(c).orElse(c.getName());
    } catch (UncheckedIOException e) {
      // Code that cannot be read cannot be fingerprinted: a key no other run has, so nothing is
      // reused (this run's findings are then never found again), rather than a wrong reuse.
      return "unreadable " + System.nanoTime() + " " + e.getMessage();
    }
  }
}
