package dev.policyascode.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.policyascode.lint.LintReport;
import dev.policyascode.lint.Linter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The records of processing of the policies in policies/, in the three formats, compared byte for
 * byte with approved files under src/test/resources/golden-register (apart from the site's golden
 * folder, which its own test replaces whole). After an intended change, run with {@code
 * -Dgolden.update=true} and review the diff.
 */
class RegisterGoldenTest {

  static final Path GOLDEN = Path.of("src/test/resources/golden-register");

  @TempDir Path out;

  @TestFactory
  Stream<DynamicTest> renderedRegistersMatchTheApprovedOnes() throws IOException {
    LintReport report =
        Linter.builder().displayRoot(QucitPolicyTest.REPO).build().lint(QucitPolicyTest.POLICIES);
    RenderResult result = RegisterRenderer.withTemplates(null).render(report.policies(), out);
    if (Boolean.getBoolean("golden.update")) {
      for (String name : result.files()) {
        Path target = GOLDEN.resolve(name);
        Files.createDirectories(target.getParent());
        Files.copy(out.resolve(name), target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
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
                        () -> {
                          byte[] expected = Files.readAllBytes(GOLDEN.resolve(name));
                          byte[] actual = Files.readAllBytes(out.resolve(name));
                          // bytes, not text: the CSV's byte order mark and CRLFs are part of it
                          if (!Arrays.equals(expected, actual)) {
                            assertEquals(
                                new String(expected, java.nio.charset.StandardCharsets.UTF_8),
                                new String(actual, java.nio.charset.StandardCharsets.UTF_8),
                                name
                                    + " differs from the approved file; if the change is intended,"
                                    + " run with -Dgolden.update=true and review the diff");
                            assertEquals(expected.length, actual.length, name + ": line endings");
                          }
                        })));
  }
}
