package dev.policyascode.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.policyascode.FolderHashes;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How an output folder is put in place: created as an ordinary mkdir would, so a web server can
 * read a copy of it; and, where the folder cannot be renamed (a mount point), replaced by its
 * contents, whole or not at all.
 */
class OutputFoldersTest {

  @TempDir Path dir;

  @Test
  void theOutputFolderIsReadableByAllAsAPlainMkdirMakesIt() throws IOException {
    assumeTrue(
        Files.getFileStore(dir).supportsFileAttributeView("posix"), "POSIX permissions only");
    Path plain = Files.createDirectory(dir.resolve("plain"));
    String expected = PosixFilePermissions.toString(Files.getPosixFilePermissions(plain));
    // Under the usual umask 022 that is rwxr-xr-x (a temporary folder would be rwx------).

    Path site = dir.resolve("out/site");
    OutputFiles first = new OutputFiles();
    first.add("p/index.html", "one");
    first.writeReplacing(site);
    assertEquals(expected, permissions(site), "a new output folder");
    assertEquals(expected, permissions(site.resolve("p")));

    OutputFiles second = new OutputFiles();
    second.add("p/index.html", "two");
    second.writeReplacing(site);
    assertEquals(expected, permissions(site), "an output folder written again");
  }

  @Test
  void aMountPointThatCannotBeRenamedHasItsContentsReplaced() throws IOException {
    Path target = output("site", Map.of("p/index.html", "old", "gone.html", "no longer rendered"));
    Path fresh = output(".site-new-1", Map.of("p/index.html", "new", "p/2025/index.html", "v"));
    Map<String, String> expected = FolderHashes.of(fresh);

    OutputFolders.swap(fresh, target, busy(target, null));

    assertEquals(expected, FolderHashes.of(target));
    assertEquals(List.of("site"), OutputContents.entries(dir), "nothing left beside it");
    assertEquals(List.of(OutputMarker.NAME, "p"), OutputContents.entries(target));
  }

  @Test
  void aMountPointWhoseReplacementFailsHalfWayKeepsEveryByteOfThePreviousOutput()
      throws IOException {
    Path target = output("site", Map.of("a/index.html", "old a", "b/index.html", "old b"));
    Path fresh = output(".site-new-1", Map.of("a/index.html", "new a", "b/index.html", "new b"));
    Map<String, String> before = FolderHashes.of(target);

    // The first entry moves in, the second fails: the first must go back out.
    Path failing = target.resolve("b");
    assertThrows(IOException.class, () -> OutputFolders.swap(fresh, target, busy(target, failing)));

    assertEquals(before, FolderHashes.of(target));
    assertEquals(List.of(OutputMarker.NAME, "a", "b"), OutputContents.entries(target));
  }

  /**
   * Moves as the file system does, except that {@code target} itself is busy (a mount point), and
   * moving anything to {@code failTo} fails once.
   */
  private static OutputFolders.Mover busy(Path target, Path failTo) {
    AtomicInteger failures = new AtomicInteger();
    return (from, to) -> {
      if (from.equals(target)) {
        throw new FileSystemException(from.toString(), to.toString(), "Device or resource busy");
      }
      if (to.equals(failTo) && failures.getAndIncrement() == 0) {
        throw new FileSystemException(from.toString(), to.toString(), "No space left on device");
      }
      OutputFolders.FILE_SYSTEM.move(from, to);
    };
  }

  private Path output(String name, Map<String, String> files) throws IOException {
    Path out = Files.createDirectories(dir.resolve(name));
    OutputMarker.write(out, OutputKind.SITE);
    for (Map.Entry<String, String> f : files.entrySet()) {
      Path file = out.resolve(f.getKey());
      Files.createDirectories(file.getParent());
      Files.writeString(file, f.getValue());
    }
    return out;
  }

  private static String permissions(Path p) throws IOException {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
  }
}
