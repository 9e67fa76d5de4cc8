package dev.policyascode.lint.report;

import dev.policyascode.lint.Finding;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A finding as every report shows it: whether the baseline accepts it, and its fingerprint. */
record Reported(Finding finding, boolean baselined, String fingerprint) {

  /** Every finding of {@code outcome}, in the order of the lint report. */
  static List<Reported> all(LintOutcome outcome) {
    List<Finding> findings = outcome.report().findings();
    List<String> fingerprints = Fingerprints.of(findings);
    // Counted, not looked up by identity: equal findings cannot be told apart, so any of them
    // may be the accepted one.
    Map<Finding, Integer> accepted = new HashMap<>();
    outcome.baselined().forEach(f -> accepted.merge(f, 1, Integer::sum));
    List<Reported> result = new ArrayList<>(findings.size());
    for (int i = 0; i < findings.size(); i++) {
      Finding f = findings.get(i);
      boolean baselined = accepted.getOrDefault(f, 0) > 0;
      if (baselined) accepted.merge(f, -1, Integer::sum);
      result.add(new Reported(f, baselined, fingerprints.get(i)));
    }
    return result;
  }
}
