package dev.policyascode.lint.report;

import static dev.policyascode.lint.report.Fixtures.PLACEHOLDER;
import static dev.policyascode.lint.report.Fixtures.V2018;
import static dev.policyascode.lint.report.Fixtures.V2026;
import static dev.policyascode.lint.report.Fixtures.finding;
import static dev.policyascode.lint.report.Fixtures.report;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policyascode.diagnostics.Finding;
import dev.policyascode.diagnostics.Severity;
import dev.policyascode.diagnostics.SourceText;
import dev.policyascode.lint.LintReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A rule that fires 250 times in one file is listed a hundred times and then once for the rest, in
 * every report; counts, failing, the baseline and its update still see all 250 (issue 19).
 */
class ListedFindingsTest {

  /** 250 lines, each with the same mistake, so that each finding has a text of its own. */
  private static final SourceText SOURCES = sources();

  private static SourceText sources() {
    StringBuilder text = new StringBuilder();
    for (int i = 1; i <= 250; i++) text.append("      Line ").append(i).append(": TBD.\n");
    return SourceText.of(Map.of(V2018, text.toString()));
  }

  private static List<Finding> placeholders(String file, int n) {
    List<Finding> findings = new ArrayList<>();
    for (int i = 1; i <= n; i++) findings.add(finding(PLACEHOLDER, file, i, 7, "Remove 'TBD'"));
    return findings;
  }

  @Test
  void listsAHundredOfOneRuleInOneFileThenSaysHowManyMore() {
    List<Finding> findings = placeholders(V2018, 250);
    findings.addAll(placeholders(V2026, 3)); // another file: its own count
    LintOutcome outcome = LintOutcome.of(report(findings, SOURCES), Baseline.empty());

    List<LogLine> console = LintRun.console(outcome);

    List<String> v2018 =
        console.stream().map(LogLine::text).filter(l -> l.startsWith(V2018)).toList();
    assertEquals(101, v2018.size());
    assertTrue(v2018.get(99).startsWith(V2018 + ":100:7:"), v2018.get(99));
    assertEquals(
        V2018
            + ":101:7: warning: 150 more findings of this rule in this file are not shown: the"
            + " reports list the first 100 of one rule in one file, and count them all"
            + " [prose-placeholder]",
        v2018.get(100));
    assertEquals(3, console.stream().filter(l -> l.text().startsWith(V2026)).count());
    assertEquals(Severity.WARNING, console.get(100).level(), "at the rule's own severity");
    // the summary and the failure count every finding
    assertTrue(console.get(console.size() - 1).text().contains("253 warnings"), console.toString());
    assertEquals(
        Optional.of("Policy lint found 253 warnings. Fix them, or see lint.sarif"),
        LintRun.failure(outcome, Optional.of(Severity.WARNING), "lint.sarif"));
    // every report lists the same
    assertEquals(101 + 3, Reported.all(outcome).size());
  }

  @Test
  void theBaselineAcceptsAndCountsEveryFindingNotOnlyThoseListed() {
    LintReport report = report(placeholders(V2018, 250), SOURCES);
    Baseline baseline = Baseline.of(report);
    assertEquals(250, baseline.size(), "the update accepts all of them");

    LintOutcome outcome = LintOutcome.of(report, baseline);

    assertEquals(250, outcome.baselined().size());
    assertEquals(List.of(), outcome.fresh());
    assertEquals(List.of(), outcome.stale(), "what is not listed is not stale");
    List<LogLine> console = LintRun.console(outcome);
    assertEquals(102, console.size(), "a hundred, the rest in one line, the summary");
    assertTrue(
        console.get(100).text().contains("150 more findings accepted by the baseline"),
        console.get(100).text());
    assertEquals(Severity.INFO, console.get(100).level(), "accepted: fails nothing");
  }

  @Test
  void newAndAcceptedFindingsAreCountedApart() {
    LintReport all = report(placeholders(V2018, 250), SOURCES);
    // the first 120 lines accepted, 130 new
    Baseline baseline = Baseline.of(report(placeholders(V2018, 120), SOURCES));

    List<Reported> listed = Reported.all(LintOutcome.of(all, baseline));

    assertEquals(100 + 1 + 100 + 1, listed.size());
    List<String> rest =
        listed.stream().map(r -> r.finding().message()).filter(m -> m.contains(" more ")).toList();
    assertEquals(2, rest.size(), rest.toString());
    assertTrue(rest.get(0).startsWith("20 more findings accepted by the baseline of"), rest.get(0));
    assertTrue(rest.get(1).startsWith("30 more findings of this rule"), rest.get(1));
  }
}
