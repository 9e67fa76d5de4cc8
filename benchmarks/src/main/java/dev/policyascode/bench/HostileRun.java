package dev.policyascode.bench;

import dev.policyascode.lint.LintReport;
import dev.policyascode.lint.Linter;
import dev.policyascode.lint.report.Baseline;
import dev.policyascode.lint.report.LintOutcome;
import dev.policyascode.lint.report.LintRun;
import dev.policyascode.lint.report.LogLine;
import dev.policyascode.lint.report.RuleDocs;
import dev.policyascode.lint.report.SarifWriter;
import dev.policyascode.render.SiteRenderer;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * One {@link HostileCases} case through what {@code policy:lint} and {@code policy:render} do:
 * lint, the console lines and the SARIF report (they name every finding by the text around it),
 * then the site, changes pages included. Times each half.
 */
public final class HostileRun {

  /** What a run took and what it said. */
  public record Result(
      String name,
      int size,
      long fileBytes,
      long lintMs,
      long renderMs,
      int findings,
      List<LogLine> console,
      int files) {

    /** The line {@code Bench hostile} prints. */
    public String line() {
      return String.format(
          Locale.ROOT,
          "HOSTILE case=%s size=%d file_bytes=%d lint_ms=%d render_ms=%d findings=%d"
              + " console_lines=%d files=%d",
          name,
          size,
          fileBytes,
          lintMs,
          renderMs,
          findings,
          console.size(),
          files);
    }
  }

  private HostileRun() {}

  /** Writes the case under {@code root} and runs it. */
  public static Result run(Path root, String name, int size) {
    long bytes = HostileCases.write(root.resolve("policies"), name, size);
    long t0 = System.nanoTime();
    LintReport report = Linter.builder().build().lint(root.resolve("policies"));
    if (!report.unreadable().isEmpty()) {
      throw new IllegalStateException("unreadable: " + report.unreadable());
    }
    LintOutcome outcome = LintOutcome.of(report, Baseline.empty());
    List<LogLine> console = LintRun.console(outcome);
    // as a build writes it by default; with no baseline every finding is new and written
    SarifWriter.write(
        outcome, root.resolve("policy-lint.sarif"), "bench", RuleDocs.standard(), false);
    long t1 = System.nanoTime();
    int files =
        SiteRenderer.builder()
            .build()
            .render(report.policies(), root.resolve("site"))
            .files()
            .size();
    long t2 = System.nanoTime();
    return new Result(
        name,
        size,
        bytes,
        (t1 - t0) / 1_000_000,
        (t2 - t1) / 1_000_000,
        report.findings().size(),
        console,
        files);
  }
}
