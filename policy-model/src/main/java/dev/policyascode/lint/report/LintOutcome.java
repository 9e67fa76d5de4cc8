package dev.policyascode.lint.report;

import dev.policyascode.diagnostics.Finding;
import dev.policyascode.diagnostics.OneLine;
import dev.policyascode.diagnostics.Severity;
import dev.policyascode.lint.LintReport;
import java.util.List;
import java.util.Objects;

/**
 * A lint report read against the baseline: which findings are accepted, which are new (only these
 * fail the build) and which baseline entries no longer match anything. Every report, on the
 * console, in SARIF or in JSON, is written from this one value so that they never disagree.
 */
public record LintOutcome(
    LintReport report, List<Finding> baselined, List<Finding> fresh, List<Baseline.Entry> stale) {

  public LintOutcome {
    Objects.requireNonNull(report, "report must not be null");
    baselined = List.copyOf(baselined);
    fresh = List.copyOf(fresh);
    stale = List.copyOf(stale);
  }

  public static LintOutcome of(LintReport report, Baseline baseline) {
    Baseline.Partition p = baseline.partition(report);
    return new LintOutcome(report, p.baselined(), p.fresh(), p.stale());
  }

  /**
   * Whether a new finding is at least as serious as {@code threshold}; accepted ones never fail.
   */
  public boolean failsAt(Severity threshold) {
    return fresh.stream().anyMatch(f -> f.severity().atLeast(threshold));
  }

  /** The number of new findings of {@code severity}. */
  public long count(Severity severity) {
    return fresh.stream().filter(f -> f.severity() == severity).count();
  }

  /**
   * What a person reads in the build log: one line per finding in the form editors and CI link to,
   * accepted ones marked "(baselined)", then a one-line summary. Findings suppressed by a comment
   * are only counted: the comment beside them says why, and the reports list them.
   */
  public List<String> consoleLines() {
    // The texts of LintRun.console, which also says the level each is logged at: one place.
    return LintRun.console(this).stream().map(LogLine::text).toList();
  }

  /**
   * One line per baseline entry that matches nothing any more, naming it, for a warning: {@code
   * policies/x.yaml: 'message' [rule] is accepted by the baseline but no longer found}.
   */
  public List<String> staleLines() {
    // The baseline file arrives in pull requests like the policies: its text is quoted on one line.
    return stale.stream()
        .map(
            e ->
                OneLine.of(
                    e.file()
                        + ": "
                        + (e.message().isEmpty() ? "a finding" : "'" + e.message() + "'")
                        + " ["
                        + e.rule()
                        + "]"
                        + (e.count() > 1 ? " (" + e.count() + " times)" : "")
                        + " is accepted by the baseline but no longer found"))
        .toList();
  }
}
