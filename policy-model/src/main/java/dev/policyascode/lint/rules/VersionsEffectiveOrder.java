package dev.policyascode.lint.rules;

import dev.policyascode.diagnostics.Finding;
import dev.policyascode.diagnostics.RuleMeta;
import dev.policyascode.diagnostics.Severity;
import dev.policyascode.lint.api.AbstractRule;
import dev.policyascode.lint.api.PolicyContext;
import dev.policyascode.model.PolicyVersion;
import dev.policyascode.versions.History;
import dev.policyascode.versions.VersionLock;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * History only grows forward: no two versions take effect on the same day (which one was in
 * force?), and a version not yet locked takes effect after the newest locked one, so that
 * publishing it never rewrites which version was in force on a past date.
 */
public final class VersionsEffectiveOrder extends AbstractRule {

  public static final RuleMeta META =
      new RuleMeta(
          "versions-effective-order",
          "versions",
          Severity.ERROR,
          "Two versions effective on the same date, or a new version effective before a published"
              + " one",
          "GDPR Art. 12(1) and 13(3): which text was in force on a given date must be clear");

  public VersionsEffectiveOrder() {
    super(META);
  }

  @Override
  public void checkPolicy(PolicyContext context, Consumer<Finding> report) {
    History history = context.history();
    VersionLock lock = history.lock().orElse(VersionLock.empty());
    List<PolicyVersion> versions = context.policy().versions(); // by effective date, then id
    Optional<PolicyVersion> newestLocked =
        versions.stream().filter(v -> lock.entry(v.id()).isPresent()).reduce((a, b) -> b);
    for (int i = 0; i < versions.size(); i++) {
      PolicyVersion v = versions.get(i);
      if (i > 0 && versions.get(i - 1).effective().equals(v.effective())) {
        report.accept(
            Finding.of(
                META,
                v.at("effective"),
                "the version "
                    + versions.get(i - 1).id()
                    + " is effective on the same date, "
                    + v.effective()
                    + "; give each version its own effective date, so that one version is in"
                    + " force on each day"));
        continue;
      }
      if (newestLocked.isPresent()
          && lock.entry(v.id()).isEmpty()
          && !v.effective().isAfter(newestLocked.get().effective())) {
        report.accept(
            Finding.of(
                META,
                v.at("effective"),
                "this version takes effect on "
                    + v.effective()
                    + ", before the published version "
                    + newestLocked.get().id()
                    + " ("
                    + newestLocked.get().effective()
                    + "); a new version takes effect after the newest published one: change the"
                    + " date"));
      }
    }
  }
}
