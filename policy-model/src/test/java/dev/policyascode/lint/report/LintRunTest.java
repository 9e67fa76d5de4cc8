package dev.policyascode.lint.report;

import static dev.policyascode.lint.report.Fixtures.LITERAL_NUMBER;
import static dev.policyascode.lint.report.Fixtures.PLACEHOLDER;
import static dev.policyascode.lint.report.Fixtures.V2026;
import static dev.policyascode.lint.report.Fixtures.finding;
import static dev.policyascode.lint.report.Fixtures.report;
import static dev.policyascode.lint.report.Fixtures.section42;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policyascode.diagnostics.Finding;
import dev.policyascode.diagnostics.Severity;
import dev.policyascode.lint.LintReport;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LintRunTest {

  private static final Finding PLACE = finding(PLACEHOLDER, V2026, 7, 3, "TODO left in");
  private static final Finding LITERAL = finding(LITERAL_NUMBER, V2026, 9, 1, "'section 1' typed");

  private static List<String> texts(List<LogLine> lines) {
    return lines.stream().map(l -> l.level() + " " + l.text()).toList();
  }

  @Test
  void eachFindingIsLoggedAtItsOwnSeverityAndAnAcceptedOneAtInfo() {
    LintReport report = report(List.of(section42(3), PLACE, LITERAL), 2);
    Baseline accepted = Baseline.of(report(List.of(section42(3)), 2));

    List<LogLine> lines = LintRun.console(LintOutcome.of(report, accepted));

    assertEquals(
        List.of(
            "INFO " + section42(3).format() + " (baselined)",
            "WARNING " + PLACE.format(),
            "INFO " + LITERAL.format(),
            "INFO qucit-privacy: 0 errors, 1 warning, 1 info in 2 files; 1 finding accepted by the"
                + " baseline"),
        texts(lines));
  }

  @Test
  void theBuildFailsOnceWithASentenceCountingWhatReachesTheThreshold() {
    LintOutcome outcome =
        LintOutcome.of(report(List.of(section42(3), PLACE, LITERAL), 2), Baseline.empty());

    assertEquals(
        Optional.of("Policy lint found 1 error and 1 warning. Fix them, or see target/x.sarif"),
        LintRun.failure(outcome, Optional.of(Severity.WARNING), "target/x.sarif"));
    assertEquals(
        Optional.of("Policy lint found 1 error. Fix it, or see t.sarif"),
        LintRun.failure(outcome, Optional.of(Severity.ERROR), "t.sarif"));
    assertEquals(Optional.empty(), LintRun.failure(outcome, Optional.empty(), "t.sarif"));
  }

  @Test
  void acceptedFindingsFailNothing() {
    LintReport report = report(List.of(section42(3)), 1);

    LintOutcome outcome = LintOutcome.of(report, Baseline.of(report));

    assertEquals(Optional.empty(), LintRun.failure(outcome, Optional.of(Severity.INFO), "t.sarif"));
  }

  @Test
  void staleEntriesAreWarnedAboutWithTheWayToRemoveThem() {
    Baseline old = Baseline.of(report(List.of(section42(3), section42(8)), 1));

    List<LogLine> lines =
        LintRun.warnings(LintOutcome.of(report(List.of(), 1), old), "b.json", "/p");

    assertTrue(lines.stream().allMatch(l -> l.level() == Severity.WARNING));
    assertEquals(
        "2 baseline entries no longer match; run with -Dpolicy.baseline.prune to remove them"
            + " from b.json",
        lines.get(lines.size() - 1).text());
  }

  @Test
  void pluralsReadAsEnglish() {
    assertEquals("1 file", LintRun.plural(1, "file", "files"));
    assertEquals("0 files", LintRun.plural(0, "file", "files"));
  }

  @Test
  void theLintGoalsTimeReadsAsBenchmarksRunShParsesIt() {
    // benchmarks/run.sh greps 'Policy lint took <n> ms' out of the Maven log.
    assertEquals("Policy lint took 412 ms", LintRun.took(412));
  }
}
