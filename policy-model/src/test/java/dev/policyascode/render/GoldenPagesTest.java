package dev.policyascode.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.policyascode.lint.LintReport;
import dev.policyascode.lint.Linter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole rendered site of the policies in policies/, compared byte for byte with approved files
 * under src/test/resources/golden, so that every change to a page is reviewed in a diff like code.
 * After an intended change, run with {@code -Dgolden.update=true} and review the diff.
 */
class GoldenPagesTest {

  static final Path GOLDEN = Path.of("src/test/resources/golden");

  @TempDir Path out;

  @TestFactory
  Stream<DynamicTest> renderedPagesMatchTheApprovedOnes() throws IOException {
    LintReport report =
        Linter.builder().displayRoot(QucitPolicyTest.REPO).build().lint(QucitPolicyTest.POLICIES);
    // The day policies/pom.xml builds the flagship as of: 2018-05-25 in force, 2027-01-01
    // announced.
    RenderResult result =
        SiteRenderer.builder()
            .buildDate(LocalDate.of(2026, 12, 1))
            .policiesDir(QucitPolicyTest.POLICIES)
            .build()
            .render(report.policies(), out);
    if (Boolean.getBoolean("golden.update")) {
      deleteTree(GOLDEN);
      for (String name : result.files()) {
        Path target = GOLDEN.resolve(name);
        Files.createDirectories(target.getParent());
        Files.copy(out.resolve(name), target);
      }
    }
    List<String> approved;
    try (Stream<Path> files = Files.walk(GOLDEN)) {
      approved =
          files
              .filter(Files::isRegularFile)
              .map(p -> GOLDEN.relativize(p).toString().replace('\\', '/'))
              .sorted()
              .toList();
    }
    DynamicTest sameFiles =
        DynamicTest.dynamicTest(
            "the same files",
            () -> assertEquals(approved, result.files().stream().sorted().toList()));
    return Stream.concat(
        Stream.of(sameFiles),
        result.files().stream()
            .map(
                name ->
                    DynamicTest.dynamicTest(
                        name,
                        () ->
                            assertEquals(
                                Files.readString(GOLDEN.resolve(name), StandardCharsets.UTF_8),
                                Files.readString(out.resolve(name), StandardCharsets.UTF_8),
                                name
                                    + " differs from the approved page; if the change is intended,"
                                    + " run with -Dgolden.update=true and review the diff"))));
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) return;
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
    }
  }
}
