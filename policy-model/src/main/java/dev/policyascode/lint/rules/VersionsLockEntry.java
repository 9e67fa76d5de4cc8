package dev.policyascode.lint.rules;

import dev.policyascode.diagnostics.Finding;
import dev.policyascode.diagnostics.RuleMeta;
import dev.policyascode.diagnostics.Severity;
import dev.policyascode.lint.api.AbstractRule;
import dev.policyascode.lint.api.PolicyContext;
import dev.policyascode.model.PolicyVersion;
import dev.policyascode.model.Translation;
import dev.policyascode.versions.History;
import dev.policyascode.versions.VersionLock;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The lock and the versions agree: every published version is locked, only published versions are,
 * and every line of the lock is an entry. A published version outside the lock could be edited
 * unnoticed.
 */
public final class VersionsLockEntry extends AbstractRule {

  public static final RuleMeta META =
      new RuleMeta(
          "versions-lock-entry",
          "versions",
          Severity.ERROR,
          "A published version missing from the lock, or a lock entry for a draft",
          "GDPR Art. 5(2) accountability: a record of what was published, and when");

  public VersionsLockEntry() {
    super(META);
  }

  /** Accepting it would unlock what the lock protects: a published text must stay as it was. */
  @Override
  public boolean acceptable() {
    return false;
  }

  @Override
  public void checkPolicy(PolicyContext context, Consumer<Finding> report) {
    History history = context.history();
    VersionLock lock = history.lock().orElse(VersionLock.empty());
    for (VersionLock.Problem p : lock.problems()) {
      report.accept(Finding.of(META, history.lockAt(p.line()), p.message()));
    }
    for (PolicyVersion v : context.policy().versions()) {
      Optional<VersionLock.Entry> entry = lock.entry(v.id());
      String hash = history.files().get(v.id()).hash();
      if (v.isPublished() && entry.isEmpty()) {
        report.accept(
            Finding.of(
                META,
                v.at("status"),
                "this version is published but not in "
                    + history.lockFile()
                    + "; publish drafts with mvn policy:publish, which locks them. For a version"
                    + " already published before the lock existed, add this line to the lock: "
                    + VersionLock.line(v.id(), hash)));
      } else if (!v.isPublished() && entry.isPresent() && entry.get().hash().equals(hash)) {
        // A locked file that changed is versions-changed's to report; this is a draft locked as
        // it is, by hand.
        report.accept(
            Finding.of(
                META,
                history.lockAt(entry.get().line()),
                "the version "
                    + v.id()
                    + " is locked here but is a draft; remove this line, and publish the version"
                    + " with mvn policy:publish when it is ready"));
      }
    }
    for (Translation t : context.policy().translations()) {
      Optional<VersionLock.Entry> entry = lock.entry(t.lockId());
      String hash = history.files().get(t.lockId()).hash();
      if (t.isPublished() && entry.isEmpty()) {
        report.accept(
            Finding.of(
                META,
                t.at("status"),
                "this translation is published but not in "
                    + history.lockFile()
                    + "; publish it with mvn policy:publish -Dpolicy.version="
                    + t.version()
                    + " -Dpolicy.language="
                    + t.language()
                    + ", which locks it, or add this line to the lock: "
                    + VersionLock.line(t.lockId(), hash)));
      } else if (!t.isPublished() && entry.isPresent() && entry.get().hash().equals(hash)) {
        report.accept(
            Finding.of(
                META,
                history.lockAt(entry.get().line()),
                "the translation "
                    + t.lockId()
                    + " is locked here but is a draft; remove this line, and publish it with mvn"
                    + " policy:publish when it is ready"));
      }
    }
  }
}
