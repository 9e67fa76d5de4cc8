package dev.policyascode.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The digest of the code a class or resource is loaded from, by its bytes, whatever its version
 * number says: a rebuilt snapshot counts as a change. The lint cache and the render's build state
 * both key their entries with it.
 *
 * <p>Hashing is remembered for as long as the class is loaded (a Maven daemon, a benchmark, an IDE
 * lint many times): a jar by its path, size and time; a class folder, which changes under a running
 * IDE, by the names, sizes and times of all its files, which are listed each time.
 */
public final class CodeDigests {

  private static final Map<String, String> HASHED = new ConcurrentHashMap<>();

  private CodeDigests() {}

  /**
   * The digest of the jar or class folder that holds {@code c}, or empty for the JDK's own classes
   * (whose version belongs in the key by other means).
   *
   * @throws UncheckedIOException when the code cannot be read
   */
  public static Optional<String> of(Class<?> c) {
    CodeSource source = c.getProtectionDomain().getCodeSource();
    if (source == null || source.getLocation() == null) return Optional.empty();
    try {
      return Optional.of(location(Path.of(source.getLocation().toURI())));
    } catch (URISyntaxException | IllegalArgumentException e) {
      return Optional.of(source.getLocation().toString());
    }
  }

  /**
   * The digest of the jar or class folder the resource {@code name} (a path such as {@code
   * policy-templates/page.ftlh}) is loaded from by {@code loader}, {@code "none"} when there is no
   * such resource.
   *
   * @throws UncheckedIOException when the code cannot be read
   */
  public static String ofResource(ClassLoader loader, String name) {
    var url = loader.getResource(name);
    if (url == null) return "none";
    String s = url.toString();
    try {
      if (s.startsWith("jar:file:")) {
        return location(Path.of(new URI(s.substring(4, s.indexOf("!/")))));
      }
      if (s.startsWith("file:")) {
        Path root = Path.of(url.toURI());
        for (int i = 0; i < name.split("/").length; i++) root = root.getParent();
        return location(root);
      }
    } catch (URISyntaxException | IllegalArgumentException e) {
      // fall through: the address itself
    }
    return s;
  }

  /** Names and contents of every file under {@code dir}, in a fixed order; never remembered. */
  public static String folder(Path dir) {
    return folder(dir, files(dir));
  }

  private static String location(Path p) {
    try {
      if (Files.isDirectory(p)) {
        List<Path> files = files(p);
        StringBuilder listing = new StringBuilder(p.toString());
        for (Path f : files) {
          listing.append('|').append(p.relativize(f)).append(',').append(Files.size(f));
          listing.append(',').append(Files.getLastModifiedTime(f).toMillis());
        }
        return HASHED.computeIfAbsent(listing.toString(), k -> folder(p, files));
      }
      String key = p + "|" + Files.size(p) + "|" + Files.getLastModifiedTime(p).toMillis();
      return HASHED.computeIfAbsent(key, k -> Digests.sha256(p));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Path> files(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String folder(Path dir, List<Path> files) {
    MessageDigest d = Digests.sha256();
    for (Path f : files) {
      update(d, dir.relativize(f).toString().replace('\\', '/'));
      update(d, Digests.sha256(f));
    }
    return HexFormat.of().formatHex(d.digest());
  }

  /** Adds {@code s} with its length in front, so that no two sequences of strings collide. */
  public static void update(MessageDigest d, String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    d.update((b.length + ":").getBytes(StandardCharsets.US_ASCII));
    d.update(b);
  }
}
