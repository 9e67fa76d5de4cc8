package dev.policyascode.lint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * A digest of everything {@link Linter#lint} reads under a policies folder, so that a build can
 * tell whether a lint report it already holds is still the lint of these files: the name of every
 * policy folder, and the path and bytes of every file in it (policy.yaml, the versions, the lock,
 * anything else). Folders that are no policy ({@code target}, {@code src}) and hidden ones are left
 * out, as the loader leaves them out: writing a report under {@code target} changes nothing.
 *
 * <p>The rules read nothing else (the GDPR data files come with the code, and no rule reads the
 * clock), so equal digests with equal settings mean an equal report.
 */
public final class LintInputs {

  private LintInputs() {}

  /** The SHA-256, in hex, of the inputs under {@code policiesDir}; a folder that is not, too. */
  public static String digest(Path policiesDir) {
    MessageDigest sha = sha256();
    Path root = policiesDir.toAbsolutePath().normalize();
    if (!Files.isDirectory(root)) return "absent:" + root;
    for (Path folder : sorted(root)) {
      String name = folder.getFileName().toString();
      if (name.startsWith(".") || !Files.isDirectory(folder)) continue;
      // The loader reads a folder with policy.yaml, and reports one with only versions/.
      if (!Files.exists(folder.resolve("policy.yaml"))
          && !Files.exists(folder.resolve("versions"))) {
        continue;
      }
      add(sha, "policy " + name);
      try (Stream<Path> files = Files.walk(folder)) {
        for (Path f : files.sorted(Comparator.comparing(Path::toString)).toList()) {
          String rel = root.relativize(f).toString().replace('\\', '/');
          if (Files.isSymbolicLink(f)) add(sha, "link " + rel + " -> " + Files.readSymbolicLink(f));
          if (Files.isRegularFile(f)) {
            byte[] bytes = Files.readAllBytes(f);
            add(sha, "file " + rel + " " + bytes.length);
            sha.update(bytes);
          } else if (Files.isDirectory(f)) {
            add(sha, "dir " + rel);
          }
        }
      } catch (IOException | UncheckedIOException e) {
        // An unreadable file cannot be compared: a digest of its own makes every build lint again.
        return "unreadable:" + root + ":" + System.nanoTime();
      }
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  private static List<Path> sorted(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
    } catch (IOException e) {
      return List.of();
    }
  }

  private static void add(MessageDigest sha, String line) {
    sha.update((line + "\n").getBytes(StandardCharsets.UTF_8));
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
