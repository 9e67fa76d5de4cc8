package dev.policyascode.lint.report;

import dev.policyascode.diagnostics.Finding;
import dev.policyascode.lint.LintReport;
import dev.policyascode.lint.RuleRegistry;
import dev.policyascode.lint.api.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What {@code -Dpolicy.baseline.update} or {@code -Dpolicy.baseline.prune} changes in the baseline
 * file, and the lines that say so: the refusals before anything is written, the changes after. An
 * update accepts every current finding a baseline may accept; a finding of a rule that is not
 * {@linkplain Rule#acceptable() acceptable} is named as refused, is neither written nor counted as
 * added, and still fails the build.
 *
 * @param baseline the baseline to lint against from now on
 * @param write whether {@code baseline} must be written to the file
 * @param before lines to log before writing: the findings no baseline may accept, and why
 * @param after lines to log once the file is written (or, with nothing to write, instead)
 */
public record BaselineChange(
    Baseline baseline, boolean write, List<LogLine> before, List<LogLine> after) {

  /** What to do with the baseline file before linting against it. */
  public enum Mode {
    /** Leave it as it is. */
    NONE,
    /** Accept every acceptable current finding: add the new ones, remove what matches nothing. */
    UPDATE,
    /** Only remove what matches nothing; new findings still fail. */
    PRUNE
  }

  public BaselineChange {
    before = List.copyOf(before);
    after = List.copyOf(after);
  }

  /**
   * The change {@code mode} makes to {@code old} for the findings of {@code report}; {@code file}
   * is the baseline file as the log shows it.
   */
  public static BaselineChange of(Mode mode, Baseline old, LintReport report, String file) {
    if (mode == Mode.NONE) return new BaselineChange(old, false, List.of(), List.of());
    LintOutcome current = LintOutcome.of(report, old);
    int removed = current.stale().stream().mapToInt(Baseline.Entry::count).sum();
    if (mode == Mode.PRUNE && removed == 0) {
      return new BaselineChange(
          old,
          false,
          List.of(),
          List.of(LogLine.info("The baseline " + file + " has nothing to prune")));
    }
    Map<String, Rule> rules =
        RuleRegistry.builtIn().stream()
            .collect(Collectors.toMap(r -> r.meta().id(), Function.identity(), (a, b) -> a));
    List<LogLine> before = new ArrayList<>();
    List<LogLine> after = new ArrayList<>();
    int added = 0;
    if (mode == Mode.UPDATE) {
      for (Finding f : current.fresh()) {
        Rule rule = rules.get(f.ruleId());
        if (rule != null && !rule.acceptable()) {
          before.add(LogLine.warn("Baseline: cannot accept " + f.format() + "; " + why(rule)));
        } else {
          after.add(LogLine.info("Baseline: added " + f.format()));
          added++;
        }
      }
    }
    current.staleLines().forEach(l -> after.add(LogLine.info("Baseline: removed " + l)));
    Baseline updated =
        mode == Mode.UPDATE ? Baseline.of(report).withReasonsOf(old) : old.pruned(report);
    after.add(
        LogLine.info(
            String.format(
                "Wrote %s to %s (%d added, %d removed)",
                LintRun.plural(updated.size(), "accepted finding", "accepted findings"),
                file,
                added,
                removed)));
    if (before.size() > 0) {
      before.add(
          LogLine.warn(
              LintRun.plural(before.size(), "finding", "findings")
                  + " cannot be accepted by the baseline and still "
                  + (before.size() == 1 ? "fails" : "fail")
                  + " the build"));
    }
    return new BaselineChange(updated, true, before, after);
  }

  /** Why no baseline may accept a finding of {@code rule}, in words for the person reading. */
  private static String why(Rule rule) {
    return rule.reportedWhileLoading()
        ? "a file that cannot be read is not checked at all, so it must be fixed"
        : "a baseline cannot relax the lock that keeps published versions as they were published,"
            + " so the version or its lock entry must be fixed";
  }
}
