package dev.policyascode.lint.cache;

import dev.policyascode.load.Digests;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
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

  /**
   * Jars already hashed, by path, size and time: a Maven daemon or a benchmark lints many times
   * with the same jar. A class folder changes under a running IDE, so it is keyed by the names,
   * sizes and times of its files.
   */
  private static final Map<String, String> HASHED = new ConcurrentHashMap<>();

  private ToolFingerprint() {}

  /** The fingerprint of the code this class is loaded with. */
  public static String current() {
    MessageDigest d = Digests.sha256();
    update(d, "java=" + System.getProperty("java.version"));
    update(d, code(ToolFingerprint.class, true));
    for (Class<?> library : List.of(Yaml.class, Parser.class)) update(d, code(library, false));
    return HexFormat.of().formatHex(d.digest());
  }

  private static void update(MessageDigest d, String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    d.update((b.length + ":").getBytes(StandardCharsets.US_ASCII));
    d.update(b);
  }

  private static String code(Class<?> c, boolean contents) {
    CodeSource source = c.getProtectionDomain().getCodeSource();
    if (source == null || source.getLocation() == null) return c.getName();
    if (!contents) return source.getLocation().toString();
    try {
      return location(Path.of(source.getLocation().toURI()));
    } catch (URISyntaxException | IllegalArgumentException | IOException | UncheckedIOException e) {
      // Code that cannot be read cannot be fingerprinted: a key no other run has, so nothing is
      // reused (this run's findings are then never found again), rather than a wrong reuse.
      return "unreadable " + System.nanoTime() + " " + source.getLocation();
    }
  }

  private static String location(Path p) throws IOException {
    if (Files.isDirectory(p)) {
      StringBuilder listing = new StringBuilder(p.toString());
      List<Path> files;
      try (Stream<Path> walk = Files.walk(p)) {
        files = walk.filter(Files::isRegularFile).sorted().toList();
      }
      for (Path f : files) {
        listing.append('|').append(p.relativize(f)).append(',').append(Files.size(f));
        listing.append(',').append(Files.getLastModifiedTime(f).toMillis());
      }
      return HASHED.computeIfAbsent(listing.toString(), k -> folder(p, files));
    }
    String key = p + "|" + Files.size(p) + "|" + Files.getLastModifiedTime(p).toMillis();
    return HASHED.computeIfAbsent(key, k -> Digests.sha256(p));
  }

  private static String folder(Path dir, List<Path> files) {
    MessageDigest d = Digests.sha256();
    for (Path f : files) {
      update(d, dir.relativize(f).toString().replace('\\', '/'));
      update(d, Digests.sha256(f));
    }
    return HexFormat.of().formatHex(d.digest());
  }
}
