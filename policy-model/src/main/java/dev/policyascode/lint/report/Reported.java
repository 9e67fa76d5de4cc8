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

  /**
   * The most findings of one rule in one file, new, accepted or suppressed, that the reports list
   * one by one. The rest are one line that says how many: 100,000 lines of one mistake repeated say
   * no more than a hundred, and bury every other finding. Counts, the baseline and the decision to
   * fail still see every finding.
   */
  static final int LISTED = 100;

  /**
   * Every finding of {@code outcome}, suppressed ones included, in the order of their places, at
   * most {@value #LISTED} of one rule, file and status, then one that counts the rest.
   */
  static List<Reported> all(LintOutcome outcome) {
    return listed(every(outcome));
  }

  private static List<Reported> every(LintOutcome outcome) {
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

  private static List<Reported> listed(List<Reported> all) {
    Map<List<Object>, Integer> total = new HashMap<>();
    all.forEach(r -> total.merge(group(r), 1, Integer::sum));
    if (total.values().stream().allMatch(n -> n <= LISTED)) return all;
    Map<List<Object>, Integer> seen = new HashMap<>();
    List<Reported> listed = new ArrayList<>();
    for (Reported r : all) {
      int n = seen.merge(group(r), 1, Integer::sum);
      if (n <= LISTED) listed.add(r);
      if (n == LISTED + 1) listed.add(rest(r, total.get(group(r)) - LISTED));
    }
    return listed;
  }

  private static List<Object> group(Reported r) {
    return List.of(r.finding().ruleId(), r.finding().at().file(), r.status());
  }

  /** The first finding not listed, standing for itself and the {@code more - 1} after it. */
  private static Reported rest(Reported first, int more) {
    Finding f = first.finding();
    String what =
        switch (first.status()) {
          case NEW -> "findings";
          case BASELINED -> "findings accepted by the baseline";
          case SUPPRESSED -> "suppressed findings";
        };
    String message =
        String.format(
            java.util.Locale.ROOT,
            "%,d more %s of this rule in this file are not shown: the reports list the first %d"
                + " of one rule in one file, and count them all",
            more,
            what,
            LISTED);
    return new Reported(
        new Finding(f.ruleId(), f.severity(), message, f.at()),
        first.status(),
        first.fingerprint(),
        first.suppression());
  }

  private static Map<Finding, Integer> counts(List<Finding> findings) {
    Map<Finding, Integer> counts = new HashMap<>();
    findings.forEach(f -> counts.merge(f, 1, Integer::sum));
    return counts;
  }
}
