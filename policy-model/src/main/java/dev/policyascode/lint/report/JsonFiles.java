package dev.policyascode.lint.report;

import dev.policyascode.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Writes the JSON files of this package the same way on every machine: two-space indent, {@code \n}
 * line ends whatever the platform, a final newline, and a file that is either the old one or the
 * complete new one, never half written.
 */
final class JsonFiles {

  private JsonFiles() {}

  /** {@code node}: a {@link dev.policyascode.json.JsonObject} or a JSON array, value or text. */
  static String toText(Object node) {
    return Json.pretty(node) + "\n";
  }

  /** Writes {@code node} to a temporary file beside {@code out}, then moves it into place. */
  static void write(Object node, Path out) {
    byte[] bytes = toText(node).getBytes(StandardCharsets.UTF_8);
    Path target = out.toAbsolutePath();
    Path temp =
        target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
    try {
      Files.createDirectories(target.getParent());
      // CREATE_NEW rather than createTempFile: the file keeps the usual permissions, not 0600.
      Files.write(temp, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
      move(temp, target);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write " + out + ": " + e.getMessage(), e);
    } finally {
      try {
        Files.deleteIfExists(temp);
      } catch (IOException ignored) {
        // Only a leftover temporary file; the write itself already succeeded or failed.
      }
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
