package dev.policyascode.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

  @TempDir Path dir;

  @Test
  void writesANewFileInAFolderItMakesAndLeavesNothingBeside() throws IOException {
    Path file = dir.resolve("a/b/state.txt");
    AtomicFiles.write(file, "one\n".getBytes(StandardCharsets.UTF_8));
    assertEquals("one\n", Files.readString(file));
    assertEquals(List.of(file), list(file.getParent()));
  }

  @Test
  void replacesAFileWhole() throws IOException {
    Path file = dir.resolve("version.yaml");
    Files.writeString(file, "a much longer text than what replaces it\n");
    AtomicFiles.write(file, "short\n".getBytes(StandardCharsets.UTF_8));
    assertArrayEquals("short\n".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(file));
    assertEquals(List.of(file), list(dir));
  }

  /** createTempFile makes rw------- files; a team's file moved into place must not become one. */
  @Test
  void theFileHasTheUsualPermissionsNotTheOwnersAlone() throws IOException {
    if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) return;
    Path file = dir.resolve("policy.yaml");
    Path plain = Files.writeString(dir.resolve("plain.txt"), "x");
    AtomicFiles.write(file, "x".getBytes(StandardCharsets.UTF_8));
    Set<PosixFilePermission> usual = Files.getPosixFilePermissions(plain);
    assertEquals(
        PosixFilePermissions.toString(usual),
        PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
  }

  @Test
  void aFailedWriteLeavesTheFileAsItWas() throws IOException {
    Path file = dir.resolve("kept.txt");
    Files.writeString(file, "kept\n");
    Path folderInTheWay = dir.resolve("kept.txt/inside.txt");
    assertThrows(IOException.class, () -> AtomicFiles.write(folderInTheWay, new byte[] {1}));
    assertEquals("kept\n", Files.readString(file));
    assertTrue(Files.isRegularFile(file));
  }

  private static List<Path> list(Path folder) throws IOException {
    try (Stream<Path> s = Files.list(folder)) {
      return s.sorted().toList();
    }
  }
}
