package dev.policyascode.lint.rules;

import dev.policyascode.diagnostics.Finding;
import dev.policyascode.diagnostics.RuleMeta;
import dev.policyascode.diagnostics.Severity;
import dev.policyascode.lint.api.AbstractRule;
import dev.policyascode.lint.api.PolicyContext;
import dev.policyascode.model.PolicyVersion;
import java.util.List;
import java.util.function.Consumer;

/**
 * People are told what changed: every published version after the first says so in its summary,
 * which the archive, the changes page and the feed show. The first version has nothing before it to
 * compare with, so it may go without.
 */
public final class VersionsSummary extends AbstractRule {

  public static final RuleMeta META =
      new RuleMeta(
          "versions-summary",
          "versions",
          Severity.ERROR,
          "A published version, other than the first, without a summary of what changed",
          "GDPR Art. 12(1) and 13(3): people are told of changes, in clear and plain language");

  public VersionsSummary() {
    super(META);
  }

  @Override
  public void checkPolicy(PolicyContext context, Consumer<Finding> report) {
    List<PolicyVersion> versions = context.policy().versions();
    for (int i = 1; i < versions.size(); i++) {
      PolicyVersion v = versions.get(i);
      boolean blank = v.summary().map(s -> s.text().isBlank()).orElse(true);
      if (v.isPublished() && blank) {
        report.accept(
            Finding.of(
                META,
                v.at("status"),
                "this version is published but says nothing of what changed since "
                    + versions.get(i - 1).id()
                    + "; add a summary: line in plain words, such as 'summary: Prospect data is"
                    + " kept 2 years instead of 3.'"));
      }
    }
  }
}
