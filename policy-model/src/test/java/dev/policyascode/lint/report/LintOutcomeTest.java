package dev.policyascode.lint.report;

import static dev.policyascode.lint.report.Fixtures.LITERAL_NUMBER;
import static dev.policyascode.lint.report.Fixtures.PLACEHOLDER;
import static dev.policyascode.lint.report.Fixtures.V2018;
import static dev.policyascode.lint.report.Fixtures.V2026;
import static dev.policyascode.lint.report.Fixtures.finding;
import static dev.policyascode.lint.report.Fixtures.report;
import static dev.policyascode.lint.report.Fixtures.section42;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policyascode.diagnostics.Finding;
import dev.policyascode.diagnostics.Severity;
import dev.policyascode.lint.LintReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LintOutcomeTest {

  private final Finding literal = finding(LITERAL_NUMBER, V2018, 30, 12, "Link to section 5.3");
  private final Finding placeholder = finding(PLACEHOLDER, V2026, 3, 1, "Remove 'TBD'");

  @Test
  void onlyNewFindingsFailTheBuild() {
    LintReport report = report(List.of(section42(12), placeholder), 3);

    LintOutcome outcome = LintOutcome.of(report, Baseline.of(report(List.of(section42(12)), 1)));

    assertFalse(outcome.failsAt(Severity.ERROR));
    assertTrue(outcome.failsAt(Severity.WARNING));
    assertEquals(0, outcome.count(Severity.ERROR));
    assertEquals(1, outcome.count(Severity.WARNING));
  }

  @Test
  void printsEachFindingThenASummary() {
    LintReport report = report(List.of(section42(12), section42(40), literal, placeholder), 3);

    LintOutcome outcome =
        LintOutcome.of(report, Baseline.of(report(List.of(section42(1), literal), 1)));

    assertEquals(
        List.of(
            V2018 + ":12:5: error: There is no section 4.2 [xref-section-number] (baselined)",
            V2018 + ":30:12: info: Link to section 5.3 [xref-literal-number] (baselined)",
            V2018 + ":40:5: error: There is no section 4.2 [xref-section-number]",
            V2026 + ":3:1: warning: Remove 'TBD' [prose-placeholder]",
            "qucit-privacy: 1 error, 1 warning, 0 info in 3 files;"
                + " 2 findings accepted by the baseline"),
        outcome.consoleLines());
  }

  @Test
  void summaryCountsInPlural() {
    LintReport report =
        report(
            List.of(
                section42(12), section42(40), literal, finding(LITERAL_NUMBER, V2026, 1, 1, "x")),
            1);

    assertEquals(
        "qucit-privacy: 2 errors, 0 warnings, 2 info in 1 file", summary(report, Baseline.empty()));
  }

  @Test
  void summarySaysWhenThereIsNothingToFix() {
    assertEquals(
        "qucit-privacy: no findings in 2 files", summary(report(List.of(), 2), Baseline.empty()));
    assertEquals(
        "qucit-privacy: no new findings in 2 files; 1 finding accepted by the baseline",
        summary(report(List.of(literal), 2), Baseline.of(report(List.of(literal), 1))));
  }

  @Test
  void summaryPointsAtBaselineEntriesThatCanGo() {
    Baseline baseline = Baseline.of(report(List.of(literal, section42(1), section42(2)), 1));

    assertEquals(
        "qucit-privacy: no findings in 2 files;"
            + " 3 findings in the baseline no longer occur and can be removed from it",
        summary(report(List.of(), 2), baseline));
    assertEquals(
        "qucit-privacy: no new findings in 2 files; 2 findings accepted by the baseline;"
            + " 1 finding in the baseline no longer occurs and can be removed from it",
        summary(report(List.of(section42(7), literal), 2), baseline));
  }

  /**
   * The baseline file comes in pull requests too: a message in it that holds line breaks is still
   * quoted on one line when the entry is reported as stale, and so is a finding's.
   */
  @Test
  void aStaleEntryOrAFindingIsOneLineWhateverItQuotes(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("policy-lint-baseline.json");
    Files.writeString(
        file,
        """
        {"version": 2, "findings": [{"rule": "prose-placeholder", "file": "a\\u2028.yaml",
          "fingerprint": "0123456789abcdef", "count": 1,
          "message": "x\\n::add-mask::Nordlicht\\r\\n[INFO] BUILD SUCCESS\\u0085"}]}
        """);
    Finding forged = finding(PLACEHOLDER, V2026, 3, 1, "Remove 'x\n::error::y\u202e'");

    LintOutcome outcome = LintOutcome.of(report(List.of(forged), 1), Baseline.read(file));

    assertEquals(
        List.of(
            "a\\u2028.yaml: 'x\\n::add-mask::Nordlicht\\r\\n[INFO] BUILD SUCCESS\\u0085'"
                + " [prose-placeholder] is accepted by the baseline but no longer found"),
        outcome.staleLines());
    assertEquals(
        V2026 + ":3:1: warning: Remove 'x\\n::error::y\\u202E' [prose-placeholder]",
        outcome.consoleLines().get(0));
  }

  private static String summary(LintReport report, Baseline baseline) {
    List<String> lines = LintOutcome.of(report, baseline).consoleLines();
    return lines.get(lines.size() - 1);
  }
}
