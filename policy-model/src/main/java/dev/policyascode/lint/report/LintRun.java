package dev.policyascode.lint.report;

import dev.policyascode.diagnostics.Severity;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What a lint run says and decides once the report is read against the baseline: the log lines,
 * each at its level, and the sentence the build fails with. The plugin logs these and throws; it
 * decides nothing, so that a test can check every sentence without Maven.
 */
public final class LintRun {

  private LintRun() {}

  /**
   * One line per finding at the finding's own severity (an accepted one at info, since it fails
   * nothing), then the summary at info. Findings suppressed by a comment are only counted.
   */
  public static List<LogLine> console(LintOutcome outcome) {
    List<LogLine> lines = new ArrayList<>();
    for (Reported r : Reported.all(outcome)) {
      if (r.status() == Reported.Status.SUPPRESSED) continue;
      boolean baselined = r.status() == Reported.Status.BASELINED;
      lines.add(
          new LogLine(
              baselined ? Severity.INFO : r.finding().severity(),
              r.finding().format() + (baselined ? " (baselined)" : "")));
    }
    lines.add(LogLine.info(Summary.of(outcome)));
    return lines;
  }

  /**
   * Warnings after the summary: baseline entries that match nothing any more, and a folder with no
   * policy in it (most likely the wrong folder).
   */
  public static List<LogLine> warnings(LintOutcome outcome, String baselineFile, String folder) {
    List<LogLine> lines = new ArrayList<>();
    if (!outcome.stale().isEmpty()) {
      outcome.staleLines().forEach(l -> lines.add(LogLine.warn(l)));
      int stale = outcome.stale().stream().mapToInt(Baseline.Entry::count).sum();
      lines.add(
          LogLine.warn(
              plural(stale, "baseline entry no longer matches", "baseline entries no longer match")
                  + "; run with -Dpolicy.baseline.prune to remove "
                  + (stale == 1 ? "it" : "them")
                  + " from "
                  + baselineFile));
    }
    if (outcome.report().policies().isEmpty() && outcome.report().findings().isEmpty()) {
      lines.add(
          LogLine.warn(
              "No policy found in "
                  + folder
                  + ": a policy is a folder holding policy.yaml and a versions folder"));
    }
    return lines;
  }

  /**
   * The one sentence the build fails with: when a new finding reaches {@code threshold}, for
   * example {@code Policy lint found 1 error and 2 warnings. Fix them, or see
   * target/policy-lint.sarif}; else when a policy cannot be read, whatever the threshold (failOn
   * none included) and the baseline say, since it is not checked and rendering without it would
   * take its published pages off the site. Empty when the build passes.
   */
  public static Optional<String> failure(
      LintOutcome outcome, Optional<Severity> threshold, String report) {
    if (threshold.isEmpty() || !outcome.failsAt(threshold.get())) {
      List<String> unreadable = outcome.report().unreadable();
      if (unreadable.isEmpty()) return Optional.empty();
      return Optional.of(
          "Policy lint could not read "
              + String.join(", ", unreadable)
              + " (see the errors above); nothing is checked or rendered while a policy cannot be"
              + " read");
    }
    Severity t = threshold.get();
    long failing =
        Arrays.stream(Severity.values()).filter(s -> s.atLeast(t)).mapToLong(outcome::count).sum();
    return Optional.of(
        "Policy lint found "
            + counted(outcome, t)
            + ". Fix "
            + (failing == 1 ? "it" : "them")
            + ", or see "
            + report);
  }

  /** "2 errors", "1 error and 3 warnings": the new findings that fail the build. */
  private static String counted(LintOutcome outcome, Severity threshold) {
    List<String> parts = new ArrayList<>();
    for (Severity s : Severity.values()) {
      long n = outcome.count(s);
      if (n > 0 && s.atLeast(threshold)) {
        parts.add(plural(n, s.label(), s == Severity.INFO ? "info" : s.label() + "s"));
      }
    }
    if (parts.size() == 1) return parts.get(0);
    return String.join(", ", parts.subList(0, parts.size() - 1))
        + " and "
        + parts.get(parts.size() - 1);
  }

  /**
   * The lint goal's last line: how long it took, reports included, as the render goal's last line
   * says it. A cold build's time goes mostly to loading classes, so this is the figure to watch
   * (docs/performance.md, "Cold start in Maven"); benchmarks/run.sh reads it.
   */
  public static String took(long ms) {
    return "Policy lint took " + ms + " ms";
  }

  /** "1 file", "3 files": the one place the reports and the plugin make a count into words. */
  public static String plural(long n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }
}
