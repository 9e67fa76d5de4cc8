package dev.policyascode.lint.report;

import dev.policyascode.diagnostics.Finding;
import dev.policyascode.diagnostics.Suppressed;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A finding as every report shows it: new, accepted by the baseline or suppressed by a comment in
 * the YAML (with the comment's reason), and its fingerprint.
 */
record Reported(
    Finding finding,
    Status status,
    Fingerprints.Fingerprint fingerprint,
    Optional<Suppressed> suppression) {

  /** What became of a finding; only new ones can fail the build. */
  enum Status {
    NEW,
    BASELINED,
    SUPPRESSED;

    String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** Every finding of {@code outcome}, suppressed ones included, in the order of their places. */
  static List<Reported> all(LintOutcome outcome) {
    List<Suppressed> suppressed =
        outcome.report().suppressed().stream()
            .sorted(Comparator.comparing(Suppressed::finding))
            .toList();
    List<Finding> findings = new ArrayList<>(outcome.report().findings());
    suppressed.forEach(s -> findings.add(s.finding()));
    findings.sort(null);
    List<Fingerprints.Fingerprint> prints = Fingerprints.of(findings, outcome.report().sources());
    // Counted, not looked up by identity: equal findings cannot be told apart, so any of them
    // may be the accepted one.
    Map<Finding, Integer> accepted = counts(outcome.baselined());
    Map<Finding, List<Suppressed>> waived = new HashMap<>();
    suppressed.forEach(s -> waived.computeIfAbsent(s.finding(), k -> new ArrayList<>()).add(s));
    List<Reported> result = new ArrayList<>(findings.size());
    for (int i = 0; i < findings.size(); i++) {
      Finding f = findings.get(i);
      List<Suppressed> by = waived.getOrDefault(f, List.of());
      if (!by.isEmpty()) {
        result.add(new Reported(f, Status.SUPPRESSED, prints.get(i), Optional.of(by.remove(0))));
      } else if (accepted.getOrDefault(f, 0) > 0) {
        accepted.merge(f, -1, Integer::sum);
        result.add(new Reported(f, Status.BASELINED, prints.get(i), Optional.empty()));
      } else {
        result.add(new Reported(f, Status.NEW, prints.get(i), Optional.empty()));
      }
    }
    return result;
  }

  private static Map<Finding, Integer> counts(List<Finding> findings) {
    Map<Finding, Integer> counts = new HashMap<>();
    findings.forEach(f -> counts.merge(f, 1, Integer::sum));
    return counts;
  }
}
