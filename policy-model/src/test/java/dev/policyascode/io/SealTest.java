package dev.policyascode.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SealTest {

  private static final List<String> LINES = List.of("policy-lint-cache 2", "K abc 0");

  @TempDir Path dir;

  private Path project() throws IOException {
    return Files.createDirectories(dir.resolve("project"));
  }

  @Test
  void theMachineKeyIsMadeOnceReadableByItsOwnerOnlyAndSharedByEveryBuild() throws IOException {
    Path keyFile = dir.resolve("home/.cache/policy-as-code").resolve(Seal.FILE);
    Seal seal = Seal.machine(keyFile, project());
    assertTrue(seal.kept());
    byte[] key = Files.readAllBytes(keyFile);
    assertEquals(32, key.length);
    if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      assertEquals(
          "rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile)));
    }
    // Another build (another JVM) reads the same key: the same signature.
    assertEquals(Seal.withKey(key).sign(LINES), seal.sign(LINES));
    assertEquals(seal.sign(LINES), Seal.machine(keyFile, project()).sign(LINES));
    assertArrayEquals(key, Files.readAllBytes(keyFile), "made once, never replaced");
    try (var left = Files.list(keyFile.getParent())) {
      assertEquals(List.of(keyFile), left.toList(), "no temporary file left beside it");
    }
  }

  @Test
  void aKeyFileInsideTheProjectIsNotTrusted() throws IOException {
    // A checkout used as the home folder: the pull request could commit the key with its cache.
    byte[] known = new byte[32];
    Path keyFile = project().resolve(".cache/policy-as-code").resolve(Seal.FILE);
    Files.createDirectories(keyFile.getParent());
    Files.write(keyFile, known);
    Seal seal = Seal.machine(keyFile, project());
    assertFalse(seal.kept());
    assertNotEquals(Seal.withKey(known).sign(LINES), seal.sign(LINES));
  }

  @Test
  void aKeyFileReachedThroughALinkIntoTheProjectIsNotTrusted() throws IOException {
    byte[] known = new byte[32];
    Path inside = Files.createDirectories(project().resolve("home"));
    Path home = Files.createSymbolicLink(dir.resolve("home"), inside);
    Path keyFile = home.resolve(Seal.FILE);
    Files.write(keyFile, known);
    Seal seal = Seal.machine(keyFile, project());
    assertFalse(seal.kept());
    assertNotEquals(Seal.withKey(known).sign(LINES), seal.sign(LINES));
    // Not there yet is the same: the key would be made inside the project.
    Seal missing = Seal.machine(home.resolve("sub/" + Seal.FILE), project());
    assertFalse(missing.kept());
    assertFalse(Files.exists(home.resolve("sub")));
  }

  @Test
  void aFileThatIsNoKeyIsLeftAsItIsAndNotUsed() throws IOException {
    Path keyFile = dir.resolve("other").resolve(Seal.FILE);
    Files.createDirectories(keyFile.getParent());
    Files.writeString(keyFile, "not a key\n");
    Seal seal = Seal.machine(keyFile, project());
    assertFalse(seal.kept());
    assertEquals("not a key\n", Files.readString(keyFile));
  }

  @Test
  void aKeyThatCannotBeMadeGivesAKeyForThisJvmAlone() throws IOException {
    Path notAFolder = Files.writeString(dir.resolve("file"), "x");
    Seal seal = Seal.machine(notAFolder.resolve(Seal.FILE), project());
    assertFalse(seal.kept());
    assertEquals(seal.sign(LINES), Seal.machine(null, project()).sign(LINES), "one per JVM");
  }

  @Test
  void theSignatureDependsOnTheKeyAndOnEveryLine() {
    Seal seal = Seal.random();
    assertEquals(64, seal.sign(LINES).length());
    assertNotEquals(seal.sign(LINES), Seal.random().sign(LINES));
    assertNotEquals(seal.sign(LINES), seal.sign(List.of("policy-lint-cache 2", "K abd 0")));
    // Lines are ended, not joined: moving a line break changes the signature.
    assertNotEquals(seal.sign(List.of("ab", "c")), seal.sign(List.of("a", "bc")));
    assertTrue(seal.toString().indexOf(seal.sign(LINES).substring(0, 8)) < 0);
  }

  @Test
  void theDefaultKeyFileIsInTheUsersCacheFolder() {
    Path file = Seal.machineKeyFile().orElseThrow();
    assertEquals(Seal.FILE, file.getFileName().toString());
    assertEquals("policy-as-code", file.getParent().getFileName().toString());
    assertTrue(file.isAbsolute());
  }
}
