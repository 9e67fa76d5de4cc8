package dev.policyascode.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policyascode.lint.LintReport;
import dev.policyascode.lint.Linter;
import dev.policyascode.lint.report.Baseline;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The goals of one build write the lint reports once: again only when what they are made of
 * changed, or when a file is not as the earlier goal left it.
 */
class SharedReportsTest {

  @TempDir Path dir;
  private final MavenProject project = new MavenProject();
  private final AtomicInteger writes = new AtomicInteger();
  private LintReport report;
  private Path sarif;
  private Path json;

  @BeforeEach
  void lintAnEmptyFolder() throws IOException {
    Path policies = Files.createDirectories(dir.resolve("policies"));
    report = Linter.builder().build().lint(policies);
    sarif = dir.resolve("policy-lint.sarif");
    json = dir.resolve("policy-lint.json");
  }

  private boolean write(LintReport r, Baseline b, String settings) {
    return SharedReports.write(
        project,
        new SharedReports.Made(r, b, settings),
        List.of(sarif, json),
        () -> {
          int n = writes.incrementAndGet();
          try {
            Files.writeString(sarif, "sarif " + n);
            Files.writeString(json, "json " + n);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  @Test
  void theSameReportIsWrittenOnce() {
    assertTrue(write(report, Baseline.empty(), "s"));
    assertFalse(write(report, Baseline.empty(), "s"));
    assertFalse(write(report, Baseline.empty(), "s"));
    assertEquals(1, writes.get());
  }

  @Test
  void anotherReportOrBaselineOrSettingIsWrittenAgain() {
    write(report, Baseline.empty(), "s");
    // Another lint of the same files, as after a goal that published a version: equal content is
    // not enough, the goal did not reuse the report.
    LintReport again = Linter.builder().build().lint(dir.resolve("policies"));
    assertTrue(write(again, Baseline.empty(), "s"));
    assertTrue(write(again, Baseline.empty(), "another docs address"));
    assertEquals(3, writes.get());
  }

  @Test
  void anotherBaselineIsWrittenAgain() {
    // The flagship has findings, so a baseline of them differs from the empty one.
    LintReport flagship = Linter.builder().build().lint(Path.of("../policies"));
    Baseline accepted = Baseline.of(flagship);
    assertFalse(accepted.equals(Baseline.empty()));
    assertTrue(write(flagship, Baseline.empty(), "s"));
    assertTrue(write(flagship, accepted, "s"));
    assertFalse(write(flagship, Baseline.of(flagship), "s")); // an equal baseline: the same reports
    assertEquals(2, writes.get());
  }

  @Test
  void aFileChangedOrDeletedSinceIsWrittenAgain() throws IOException {
    write(report, Baseline.empty(), "s");
    Files.writeString(json, "edited by hand, same size");
    Files.setLastModifiedTime(json, FileTime.fromMillis(1_000_000));
    assertTrue(write(report, Baseline.empty(), "s"));
    assertEquals("json 2", Files.readString(json));
    Files.delete(sarif);
    assertTrue(write(report, Baseline.empty(), "s"));
    assertEquals("sarif 3", Files.readString(sarif));
    assertFalse(write(report, Baseline.empty(), "s"));
  }

  @Test
  void aWriterThatFailsLeavesNothingLookingCurrent() {
    write(report, Baseline.empty(), "s");
    LintReport again = Linter.builder().build().lint(dir.resolve("policies"));
    assertThrows(
        UncheckedIOException.class,
        () ->
            SharedReports.write(
                project,
                new SharedReports.Made(again, Baseline.empty(), "s"),
                List.of(sarif, json),
                () -> {
                  throw new UncheckedIOException(new IOException("disk full"));
                }));
    // The first report's entry is gone too: its files may have been half overwritten.
    assertTrue(write(report, Baseline.empty(), "s"));
  }

  @Test
  void withoutAProjectEveryCallWrites() {
    SharedReports.Made made = new SharedReports.Made(report, Baseline.empty(), "s");
    SharedReports.write(null, made, List.of(sarif, json), writes::incrementAndGet);
    SharedReports.write(null, made, List.of(sarif, json), writes::incrementAndGet);
    assertEquals(2, writes.get());
  }
}
