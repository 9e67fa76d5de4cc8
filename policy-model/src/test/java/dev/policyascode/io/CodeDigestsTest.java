package dev.policyascode.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodeDigestsTest {

  @Test
  void theJdksOwnClassesHaveNoCodeDigest() {
    assertTrue(CodeDigests.of(String.class).isEmpty());
  }

  @Test
  void ourOwnCodeHasOneAndItIsStable() {
    String first = CodeDigests.of(CodeDigests.class).orElseThrow();
    assertEquals(64, first.length());
    assertEquals(first, CodeDigests.of(CodeDigests.class).orElseThrow());
  }

  @Test
  void aFolderDigestFollowsNamesAndContents(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("a.txt"), "one");
    String before = CodeDigests.folder(dir);
    assertEquals(before, CodeDigests.folder(dir));
    Files.writeString(dir.resolve("a.txt"), "two");
    String edited = CodeDigests.folder(dir);
    assertNotEquals(before, edited);
    Files.move(dir.resolve("a.txt"), dir.resolve("b.txt"));
    assertNotEquals(edited, CodeDigests.folder(dir));
  }

  @Test
  void aResourceInAClassFolderIsDigestedWithItsFolderAndSeenAgainWhenAFileChanges(@TempDir Path dir)
      throws Exception {
    Path file = Files.createDirectories(dir.resolve("t")).resolve("page.ftlh");
    Files.writeString(file, "<p>one</p>");
    try (var loader = new java.net.URLClassLoader(new java.net.URL[] {dir.toUri().toURL()}, null)) {
      String before = CodeDigests.ofResource(loader, "t/page.ftlh");
      assertEquals(CodeDigests.folder(dir), before);
      assertEquals("none", CodeDigests.ofResource(loader, "t/missing.ftlh"));
      // Same size, another time: remembered by listing, so the change is still seen.
      Files.writeString(file, "<p>two</p>");
      Files.setLastModifiedTime(file, FileTime.fromMillis(1_000_000_000_000L));
      assertNotEquals(before, CodeDigests.ofResource(loader, "t/page.ftlh"));
    }
  }
}
