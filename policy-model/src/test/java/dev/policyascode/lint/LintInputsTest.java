package dev.policyascode.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policyascode.diagnostics.Finding;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LintInputsTest {

  @TempDir Path dir;

  @BeforeEach
  void aPolicy() throws Exception {
    Files.createDirectories(dir.resolve("p/versions"));
    Files.writeString(dir.resolve("p/policy.yaml"), "id: p\n");
    Files.writeString(dir.resolve("p/versions/2024-01-01.yaml"), "version: 2024-01-01\n");
  }

  @Test
  void theSameFilesGiveTheSameDigest() {
    assertEquals(LintInputs.digest(dir), LintInputs.digest(dir));
  }

  @Test
  void whatTheLinterReadsChangesIt() throws Exception {
    String before = LintInputs.digest(dir);

    Files.writeString(dir.resolve("p/versions/2024-01-01.yaml"), "version: 2024-01-02\n");
    String edited = LintInputs.digest(dir);
    Files.writeString(dir.resolve("p/versions.lock"), "2024-01-01 sha256:00\n");
    String locked = LintInputs.digest(dir);
    Files.writeString(dir.resolve("p/versions/2025-01-01.yaml"), "version: 2025-01-01\n");
    String added = LintInputs.digest(dir);
    Files.move(dir.resolve("p/versions/2025-01-01.yaml"), dir.resolve("p/versions/2026.yaml"));
    String renamed = LintInputs.digest(dir);
    Files.createDirectories(dir.resolve("q/versions"));
    String newPolicy = LintInputs.digest(dir);

    assertEquals(6, java.util.Set.of(before, edited, locked, added, renamed, newPolicy).size());
  }

  @Test
  void reportsAndOtherFoldersBesideThePoliciesDoNot() throws Exception {
    // policy:lint writes its reports under target/, which sits beside the policy folders.
    String before = LintInputs.digest(dir);

    Files.createDirectories(dir.resolve("target"));
    Files.writeString(dir.resolve("target/policy-lint.sarif"), "{}");
    Files.writeString(dir.resolve("pom.xml"), "<project/>");
    Files.createDirectories(dir.resolve(".git"));

    assertEquals(before, LintInputs.digest(dir));
  }

  @Test
  void aFolderThatBecomesAPolicyCounts() throws Exception {
    Files.createDirectories(dir.resolve("later"));
    String before = LintInputs.digest(dir);

    Files.writeString(dir.resolve("later/policy.yaml"), "id: later\n");

    assertNotEquals(before, LintInputs.digest(dir));
  }

  @Test
  void aMissingFolderHasADigestOfItsOwn() {
    assertNotEquals(LintInputs.digest(dir), LintInputs.digest(dir.resolve("none")));
  }

  /** A 3 GB file that takes no disk: its length set, nothing written. */
  private static void sparse(Path file, long length) throws Exception {
    try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
      f.setLength(length);
    }
  }

  private static final long THREE_GB = 3L * 1024 * 1024 * 1024;

  @Test
  void aHugeFileIsCountedByItsSizeAndNeverReadWhole() throws Exception {
    // A stray scan beside the policy, and one named as a version: it used to end in
    // "OutOfMemoryError: Required array size too large", naming no file.
    sparse(dir.resolve("p/scan.pdf"), THREE_GB);
    sparse(dir.resolve("p/versions/2025-01-01.yaml"), THREE_GB);

    String before = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> LintInputs.digest(dir));
    sparse(dir.resolve("p/scan.pdf"), THREE_GB + 1);
    assertEquals(
        before, LintInputs.digest(dir), "a file the loader does not read counts for nothing");
    sparse(dir.resolve("p/versions/2025-01-01.yaml"), THREE_GB + 1);
    assertNotEquals(before, LintInputs.digest(dir), "the loader's message names the size");

    List<Finding> findings = Linter.builder().displayRoot(dir).build().lint(dir).findings();
    assertTrue(
        findings.stream()
            .anyMatch(
                f ->
                    f.at().file().equals("p/versions/2025-01-01.yaml")
                        && f.message().contains("more than the 4 MB a policy file may have")),
        findings.toString());
  }

  @Test
  void aLinkOutOfThePoliciesFolderIsNotFollowedAndTheLoaderSaysSo(@TempDir Path outside)
      throws Exception {
    Path secret = outside.resolve("secret.yaml");
    Files.writeString(secret, "version: 2025-01-01\n");
    sparse(outside.resolve("huge.bin"), THREE_GB);
    Files.createSymbolicLink(dir.resolve("p/versions/2025-01-01.yaml"), secret);
    Files.createSymbolicLink(
        dir.resolve("p/versions/2026-01-01.yaml"), outside.resolve("huge.bin"));
    Files.createSymbolicLink(dir.resolve("p/versions.lock"), outside.resolve("huge.bin"));

    String before = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> LintInputs.digest(dir));
    Files.writeString(secret, "version: 2025-01-01\nsummary: changed\n");
    assertEquals(before, LintInputs.digest(dir), "what lies outside is not read");

    List<Finding> findings = Linter.builder().displayRoot(dir).build().lint(dir).findings();
    String link = "this file is a link to a file outside the policies folder";
    for (String file :
        List.of("p/versions/2025-01-01.yaml", "p/versions/2026-01-01.yaml", "p/versions.lock")) {
      assertTrue(
          findings.stream()
              .anyMatch(f -> f.at().file().equals(file) && f.message().startsWith(link)),
          file + ": " + findings);
    }
  }

  @Test
  void aLinkThatStaysInsideIsReadAsTheLoaderReadsIt() throws Exception {
    Files.writeString(dir.resolve("p/shared.txt"), "version: 2025-01-01\n");
    Files.createSymbolicLink(dir.resolve("p/versions/2025-01-01.yaml"), Path.of("../shared.txt"));
    String before = LintInputs.digest(dir);

    Files.writeString(dir.resolve("p/shared.txt"), "version: 2025-01-01\nsummary: changed\n");

    assertNotEquals(before, LintInputs.digest(dir));
  }
}
