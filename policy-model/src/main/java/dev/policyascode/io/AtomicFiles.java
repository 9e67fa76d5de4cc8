package dev.policyascode.io;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * A file written whole or not at all: the bytes go to a temporary file beside it, which is then
 * moved into its place, so that no reader (a build, an editor, a web server) ever sees half of it,
 * and a failed write leaves the file as it was.
 */
public final class AtomicFiles {

  private AtomicFiles() {}

  /**
   * Writes {@code bytes} as {@code file}, replacing it if it exists; creates its folder if needed.
   * The temporary file is made with {@code CREATE_NEW} rather than {@code createTempFile}, so the
   * file keeps the usual permissions (a team's version file must not become readable by its owner
   * alone).
   */
  public static void write(Path file, byte[] bytes) throws IOException {
    Path target = file.toAbsolutePath();
    Files.createDirectories(target.getParent());
    Path temp =
        target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
    try {
      Files.write(temp, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
      try {
        Files.move(
            temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      try {
        Files.deleteIfExists(temp);
      } catch (IOException ignored) {
        // Only a leftover temporary file; the write itself already succeeded or failed.
      }
    }
  }
}
