package dev.policyascode.start;

import dev.policyascode.diagnostics.Finding;
import dev.policyascode.diagnostics.Severity;
import dev.policyascode.lint.LintReport;
import dev.policyascode.lint.Linter;
import dev.policyascode.lint.report.Baseline;
import dev.policyascode.lint.report.BaselineChange;
import dev.policyascode.lint.report.LintOutcome;
import dev.policyascode.lint.report.LintRun;
import dev.policyascode.lint.report.LogLine;
import dev.policyascode.load.PolicyLoader;
import dev.policyascode.versions.Adoption;
import dev.policyascode.versions.WorkflowException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Adopts the notice in force in one step: its version is written as published and locked, and its
 * current findings are accepted in the baseline, so that the team's first build is green, every
 * legacy finding stays visible as accepted, and any new finding fails.
 *
 * <p>Everything is decided before anything is written. The policies are linted as the adoption
 * would leave them, in a copy; a finding of the adopted version that no baseline may accept (see
 * {@link BaselineChange}) is named, and then nothing at all is written. Only the adopted version's
 * findings (in its file and in its policy.yaml) are accepted: another policy's or another draft's
 * new findings still fail, and what the baseline already accepts stays accepted.
 */
public final class Adopt {

  /** What to adopt, and where the baseline is. */
  public record Request(
      Path policiesDir,
      Optional<String> policyId,
      Optional<String> versionId,
      Path displayRoot,
      LocalDate today,
      Path baselineFile,
      String baselineShown) {}

  /**
   * What happened: the lines to log, in order, and the sentence to fail with when nothing was
   * written.
   */
  public record Result(List<LogLine> lines, Optional<String> failure) {
    public Result {
      lines = List.copyOf(lines);
    }
  }

  private Adopt() {}

  /**
   * @param linter the lint with the project's settings, for a given display root
   * @param baseline the baseline file as it is now
   */
  public static Result run(Request request, Function<Path, Linter> linter, Baseline baseline)
      throws WorkflowException, IOException {
    Path dir = request.policiesDir().toAbsolutePath().normalize();
    Path root = request.displayRoot().toAbsolutePath().normalize();
    Adoption plan =
        Adoption.plan(dir, request.policyId(), request.versionId(), root, request.today());
    LintReport report = PolicyCopy.lint(dir, root, plan, linter);
    Set<String> adopted =
        Set.of(
            shown(root, dir.resolve(plan.versionFile())),
            shown(root, dir.resolve(plan.policyId()).resolve(PolicyLoader.POLICY_FILE)));
    BaselineChange change = change(report, baseline, adopted, request.baselineShown());
    List<LogLine> lines = new ArrayList<>(change.before());
    if (!change.before().isEmpty()) {
      return new Result(
          lines,
          Optional.of(
              "Nothing was adopted: the findings above cannot be accepted by the baseline, so"
                  + " nothing was written. Fix them in the version, then adopt again"));
    }
    plan.writeTo(dir);
    change.baseline().write(request.baselineFile());
    String versionFile = shown(root, dir.resolve(plan.versionFile()));
    lines.add(
        info(
            "Adopted "
                + plan.version().id()
                + " of "
                + plan.policyId()
                + " as the version in force since "
                + plan.version().effective()
                + ": status set to published in "
                + versionFile));
    lines.add(
        info("Locked it in " + shown(root, dir.resolve(plan.lockFile())) + ": " + plan.lockLine()));
    lines.addAll(change.after());
    LintOutcome outcome = LintOutcome.of(report, change.baseline());
    List<LogLine> console = LintRun.console(outcome);
    lines.add(console.get(console.size() - 1));
    long failing = outcome.fresh().stream().filter(f -> f.severity() == Severity.ERROR).count();
    if (failing > 0) {
      lines.add(
          new LogLine(
              Severity.WARNING,
              LintRun.plural(failing, "new error", "new errors")
                  + " outside the adopted version still "
                  + (failing == 1 ? "fails" : "fail")
                  + " the build; run mvn policy:lint to see "
                  + (failing == 1 ? "it" : "them")));
    }
    lines.add(
        info(
            "Commit "
                + versionFile
                + ", its lock and "
                + request.baselineShown()
                + "; from now on the version never changes, and any new finding fails the build"));
    return new Result(lines, Optional.empty());
  }

  /**
   * The baseline's change: an update over the findings the baseline is to accept from now on, every
   * finding of the adopted version and elsewhere only what the baseline accepts already. It adds
   * the first (naming, before anything is written, those no baseline may accept), keeps the second,
   * and leaves out every other new finding, which therefore still fails.
   */
  static BaselineChange change(
      LintReport report, Baseline baseline, Set<String> adoptedFiles, String baselineShown) {
    return BaselineChange.of(
        BaselineChange.Mode.UPDATE,
        baseline,
        acceptable(report, baseline, adoptedFiles),
        baselineShown);
  }

  private static LintReport acceptable(
      LintReport report, Baseline baseline, Set<String> adoptedFiles) {
    Set<Finding> accepted = Collections.newSetFromMap(new IdentityHashMap<>());
    accepted.addAll(baseline.partition(report).baselined());
    List<Finding> kept =
        report.findings().stream()
            .filter(f -> adoptedFiles.contains(f.at().file()) || accepted.contains(f))
            .toList();
    return new LintReport(
        report.policies(),
        report.unreadable(),
        kept,
        report.suppressed(),
        report.rules(),
        report.filesRead(),
        report.sources(),
        report.digests());
  }

  private static LogLine info(String text) {
    return new LogLine(Severity.INFO, text);
  }

  /** A path as findings show it: relative to the display root, with forward slashes. */
  static String shown(Path root, Path p) {
    Path abs = p.toAbsolutePath().normalize();
    return (abs.startsWith(root) ? root.relativize(abs) : abs).toString().replace('\\', '/');
  }
}
