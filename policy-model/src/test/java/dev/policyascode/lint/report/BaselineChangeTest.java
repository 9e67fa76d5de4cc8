package dev.policyascode.lint.report;

import static dev.policyascode.lint.report.Fixtures.V2018;
import static dev.policyascode.lint.report.Fixtures.V2026;
import static dev.policyascode.lint.report.Fixtures.finding;
import static dev.policyascode.lint.report.Fixtures.report;
import static dev.policyascode.lint.report.Fixtures.section42;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policyascode.diagnostics.Finding;
import dev.policyascode.diagnostics.RuleMeta;
import dev.policyascode.diagnostics.Severity;
import dev.policyascode.lint.LintReport;
import java.util.List;
import org.junit.jupiter.api.Test;

class BaselineChangeTest {

  /** The lock's rule: a published version edited after it was locked. */
  private static final RuleMeta CHANGED =
      new RuleMeta(
          "versions-changed",
          "versions",
          Severity.ERROR,
          "A published version changed",
          "Art. 5(2)");

  private static final Finding EDITED =
      finding(CHANGED, V2026, 1, 1, "the published version changed after it was locked");

  private static List<String> texts(List<LogLine> lines) {
    return lines.stream().map(l -> l.level() + " " + l.text()).toList();
  }

  @Test
  void anUpdateRefusesWhatNoBaselineMayAcceptBeforeWritingAndNeitherWritesNorCountsIt() {
    LintReport report = report(List.of(section42(3), EDITED), 2);

    BaselineChange change =
        BaselineChange.of(
            BaselineChange.Mode.UPDATE, Baseline.empty(), report, "policy-lint-baseline.json");

    assertEquals(
        List.of(
            "WARNING Baseline: cannot accept "
                + EDITED.format()
                + "; a baseline cannot relax the lock that keeps published versions as they were"
                + " published, so the version or its lock entry must be fixed",
            "WARNING 1 finding cannot be accepted by the baseline and still fails the build"),
        texts(change.before()));
    assertEquals(
        List.of(
            "INFO Baseline: added " + section42(3).format(),
            "INFO Wrote 1 accepted finding to policy-lint-baseline.json (1 added, 0 removed)"),
        texts(change.after()));
    assertTrue(change.write());
    assertEquals(
        List.of("xref-section-number"),
        change.baseline().entries().stream().map(Baseline.Entry::rule).toList());
    // and the refused finding still fails the build
    assertEquals(List.of(EDITED), LintOutcome.of(report, change.baseline()).fresh());
  }

  @Test
  void anUpdateOfAcceptableFindingsRefusesNothing() {
    BaselineChange change =
        BaselineChange.of(
            BaselineChange.Mode.UPDATE,
            Baseline.empty(),
            report(List.of(section42(3)), 1),
            "b.json");

    assertEquals(List.of(), change.before());
    assertEquals(
        List.of(
            "INFO Baseline: added " + section42(3).format(),
            "INFO Wrote 1 accepted finding to b.json (1 added, 0 removed)"),
        texts(change.after()));
  }

  @Test
  void aPruneOnlyRemovesWhatMatchesNothingAndSaysWhenThereIsNothing() {
    Baseline old = Baseline.of(report(List.of(section42(3)), 1));

    BaselineChange nothing =
        BaselineChange.of(
            BaselineChange.Mode.PRUNE, old, report(List.of(section42(3)), 1), "b.json");
    BaselineChange fixed =
        BaselineChange.of(BaselineChange.Mode.PRUNE, old, report(List.of(), 1), "b.json");

    assertFalse(nothing.write());
    assertEquals(List.of("INFO The baseline b.json has nothing to prune"), texts(nothing.after()));
    assertTrue(fixed.write());
    assertEquals(
        List.of(
            "INFO Baseline: removed "
                + V2018
                + ": 'There is no section 4.2' [xref-section-number] is accepted by the baseline but"
                + " no longer found",
            "INFO Wrote 0 accepted findings to b.json (0 added, 1 removed)"),
        texts(fixed.after()));
  }

  /** A reason is written by a person: an update that rewrites every entry must keep it. */
  @Test
  void anUpdateAndAWriteKeepTheReasonAPersonGave(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws java.io.IOException {
    java.nio.file.Path file = dir.resolve("b.json");
    Baseline.of(report(List.of(section42(3)), 1)).write(file);
    String written = java.nio.file.Files.readString(file);
    java.nio.file.Files.writeString(
        file,
        written.replaceFirst(
            "(\"count\"\\s*:\\s*1,)", "$1 \"reason\": \"published; fixed in the next version\","));
    Baseline withReason = Baseline.read(file);
    assertEquals(
        java.util.Optional.of("published; fixed in the next version"),
        withReason.entries().get(0).reason());

    BaselineChange change =
        BaselineChange.of(
            BaselineChange.Mode.UPDATE,
            withReason,
            report(List.of(section42(3), section42(7)), 1),
            "b.json");
    change.baseline().write(file);

    // the same text twice (no source text here): one entry, counted twice, with its reason
    Baseline.Entry e = Baseline.read(file).entries().get(0);
    assertEquals(2, e.count());
    assertEquals(java.util.Optional.of("published; fixed in the next version"), e.reason());
  }

  @Test
  void leavingTheBaselineAloneWritesAndSaysNothing() {
    Baseline old = Baseline.of(report(List.of(section42(3)), 1));

    BaselineChange change =
        BaselineChange.of(BaselineChange.Mode.NONE, old, report(List.of(), 1), "b.json");

    assertFalse(change.write());
    assertEquals(List.of(), change.before());
    assertEquals(List.of(), change.after());
    assertEquals(old, change.baseline());
  }
}
