package dev.policyascode.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.policyascode.lint.Linter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole site of the small policy with history (two published versions and a draft, drafts
 * included), compared byte for byte with approved files under src/test/resources/golden-history:
 * the archive, the changes pages and the feed are reviewed in a diff like code. After an intended
 * change, run with {@code -Dgolden.update=true} and review the diff.
 */
class HistoryGoldenTest {

  static final Path GOLDEN = Path.of("src/test/resources/golden-history");

  @TempDir Path out;

  @TestFactory
  Stream<DynamicTest> historyPagesMatchTheApprovedOnes() throws IOException {
    Path history = VersionHistoryTest.HISTORY;
    RenderResult result =
        SiteRenderer.builder()
            .includeDrafts(true)
            // After every version: the golden pages do not change with the calendar.
            .buildDate(LocalDate.of(2026, 6, 1))
            .policiesDir(history)
            .build()
            .render(Linter.builder().displayRoot(history).build().lint(history).policies(), out);
    if (Boolean.getBoolean("golden.update")) {
      if (Files.exists(GOLDEN)) {
        try (Stream<Path> walk = Files.walk(GOLDEN)) {
          for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
      }
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
    return Stream.concat(
        Stream.of(
            DynamicTest.dynamicTest(
                "the same files",
                () -> assertEquals(approved, result.files().stream().sorted().toList()))),
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
}
