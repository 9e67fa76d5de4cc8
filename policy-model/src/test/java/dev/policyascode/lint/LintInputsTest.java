package dev.policyascode.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Files;
import java.nio.file.Path;
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
}
