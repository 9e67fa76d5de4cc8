package dev.policyascode.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policyascode.diagnostics.Severity;
import dev.policyascode.lint.LintReport;
import dev.policyascode.lint.Linter;
import dev.policyascode.render.RenderResult;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark at size 1, as a test: the generated policy is one the tool accepts without an error
 * (else the benchmark would time a failing build), shaped like the flagship, and renders.
 */
class GeneratorSmokeTest {

  @TempDir Path dir;

  @Test
  void aGeneratedVersionLintsCleanAndRenders() throws Exception {
    Path policies = dir.resolve("1/policies");
    long bytes = PolicyGenerator.generate(policies, 1);
    assertTrue(bytes > 12_000 && bytes < 25_000, "about the flagship's size: " + bytes);

    LintReport report = Linter.builder().build().lint(policies);
    assertEquals(
        0,
        report.findings().stream().filter(f -> f.severity() == Severity.ERROR).count(),
        () -> report.findings().toString());
    assertEquals(1, report.policies().size());
    assertEquals(1, report.policies().get(0).versions().size());
    assertTrue(report.policies().get(0).versions().get(0).allSections().size() > 15);

    RenderResult result = Bench.endToEnd(policies, dir.resolve("site"));
    // Page and Markdown at the permalink and as the latest, two fragments, archive (2), feed,
    // sitemap.
    assertEquals(10, result.files().size());
    String page = Files.readString(dir.resolve("site/policy-000/index.html"));
    assertTrue(page.contains("section 2.1") || page.contains("Article "), "links by id resolve");
    assertTrue(page.contains("<li>"), "the embedded registers are listed");
  }

  @Test
  void theShapeAtEachSize() {
    assertEquals(1, PolicyGenerator.policies(1));
    assertEquals(1, PolicyGenerator.policies(100));
    assertEquals(10, PolicyGenerator.policies(1_000));
    assertEquals(100, PolicyGenerator.policies(10_000));
  }
}
