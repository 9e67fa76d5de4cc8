package dev.policyascode.lint;

import dev.policyascode.load.PolicyLoader;
import dev.policyascode.versions.VersionLock;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * A digest of everything {@link Linter#lint} reads under a policies folder, so that a build can
 * tell whether a lint report it already holds is still the lint of these files: the name of every
 * policy folder, and the path and bytes of each file the loader and the rules read in it ({@code
 * policy.yaml}, {@code versions.lock}, {@code versions/*.yaml}), with the names of version files
 * the loader reports by their name alone ({@code .yml}, {@code .YAML}). Folders that are no policy
 * ({@code target}, {@code src}), hidden ones and other files are left out, as the loader leaves
 * them out: writing a report under {@code target} changes nothing.
 *
 * <p>Files are read as the loader reads them, never more: streamed through the digest, a file over
 * the loader's size limit counted by its size alone (the loader refuses it by its size), and a link
 * to a file outside the policies folder counted as such and not followed (the loader reports it and
 * reads nothing). A stray 3 GB scan in a policy folder, or a link to one, costs a directory
 * listing, not the heap.
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
    try {
      Path realRoot = root.toRealPath();
      for (Path folder : sorted(root)) {
        String name = folder.getFileName().toString();
        if (name.startsWith(".") || !Files.isDirectory(folder)) continue;
        Path versions = folder.resolve(PolicyLoader.VERSIONS_DIR);
        // The loader reads a folder with policy.yaml, and reports one with only versions/.
        if (!Files.exists(folder.resolve(PolicyLoader.POLICY_FILE)) && !Files.exists(versions)) {
          continue;
        }
        add(sha, "policy " + name);
        file(sha, root, realRoot, folder.resolve(PolicyLoader.POLICY_FILE));
        file(sha, root, realRoot, folder.resolve(VersionLock.FILE));
        if (!Files.isDirectory(versions)) continue;
        for (Path f : sorted(versions)) {
          String fileName = f.getFileName().toString();
          String lower = fileName.toLowerCase(Locale.ROOT);
          if (fileName.endsWith(".yaml")) file(sha, root, realRoot, f);
          else if (lower.endsWith(".yaml") || lower.endsWith(".yml")) add(sha, "named " + fileName);
        }
      }
    } catch (IOException | UncheckedIOException e) {
      // An unreadable file cannot be compared: a digest of its own makes every build lint again.
      return "unreadable:" + root + ":" + System.nanoTime();
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  /** One file as the loader reads it: whether it is there, its size, and its bytes. */
  private static void file(MessageDigest sha, Path root, Path realRoot, Path f) throws IOException {
    String rel = root.relativize(f).toString().replace('\\', '/');
    if (!Files.exists(f, LinkOption.NOFOLLOW_LINKS)) return;
    if (!Files.isRegularFile(f)) {
      add(sha, "not a file " + rel); // a folder, or a link to nothing: the loader says so
      return;
    }
    Path real = f.toRealPath();
    if (!real.startsWith(realRoot)) {
      add(sha, "outside " + rel); // reported by the loader, not read
      return;
    }
    long size = Files.size(f);
    String target = realRoot.relativize(real).toString().replace('\\', '/');
    add(sha, "file " + rel + " " + size + (target.equals(rel) ? "" : " -> " + target));
    if (size > PolicyLoader.MAX_FILE_BYTES) return; // refused by its size alone
    try (InputStream in = new DigestInputStream(Files.newInputStream(f), sha)) {
      // No more than the loader reads, whatever the size said a moment ago.
      byte[] buffer = new byte[8192];
      long left = PolicyLoader.MAX_FILE_BYTES + 1L;
      for (int n; left > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0; ) {
        left -= n;
      }
    }
  }

  private static List<Path> sorted(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
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
