package dev.policyascode.lint.report;

import dev.policyascode.diagnostics.Severity;
import dev.policyascode.model.Policy;
import java.util.ArrayList;
import java.util.List;

/**
 * The last line of the console output, for example {@code qucit-privacy: 2 errors, 0 warnings, 1
 * info in 3 files; 2 findings accepted by the baseline}. Counts are of new findings only, the ones
 * that can fail the build; accepted ones are counted apart so that a clean build still shows them.
 */
final class Summary {

  private Summary() {}

  static String of(LintOutcome o) {
    List<String> parts = new ArrayList<>();
    parts.add(counts(o) + " in " + plural(o.report().filesRead(), "file", "files"));
    if (!o.baselined().isEmpty()) {
      parts.add(plural(o.baselined().size(), "finding", "findings") + " accepted by the baseline");
    }
    int suppressed = o.report().suppressed().size();
    if (suppressed > 0) {
      parts.add(plural(suppressed, "finding", "findings") + " suppressed by comments in the YAML");
    }
    if (!o.stale().isEmpty()) {
      int n = o.stale().stream().mapToInt(Baseline.Entry::count).sum();
      String verb = n == 1 ? "occurs" : "occur";
      parts.add(
          plural(n, "finding", "findings")
              + " in the baseline no longer "
              + verb
              + " and can be removed from it");
    }
    return subject(o) + ": " + String.join("; ", parts);
  }

  private static String counts(LintOutcome o) {
    if (o.fresh().isEmpty()) {
      boolean none = o.baselined().isEmpty() && o.report().suppressed().isEmpty();
      return none ? "no findings" : "no new findings";
    }
    // "info" names a severity, like "error"; as a count it reads best unchanged: "3 info".
    return plural(o.count(Severity.ERROR), "error", "errors")
        + ", "
        + plural(o.count(Severity.WARNING), "warning", "warnings")
        + ", "
        + plural(o.count(Severity.INFO), "info", "info");
  }

  /**
   * The policies linted, by id, those that could not be read included; the tool's name when there
   * are none, so the line still says who.
   */
  private static String subject(LintOutcome o) {
    List<String> ids =
        java.util.stream.Stream.concat(
                o.report().policies().stream().map(Policy::id), o.report().unreadable().stream())
            .sorted()
            .toList();
    return ids.isEmpty() ? "policy-lint" : String.join(", ", ids);
  }

  private static String plural(long n, String one, String many) {
    return LintRun.plural(n, one, many);
  }
}
