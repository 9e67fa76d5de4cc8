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
 * A published version is a record of what people were told: once locked, its file never changes and
 * never goes away. A change belongs in a new version.
 */
public final class VersionsChanged extends AbstractRule {

  public static final RuleMeta META =
      new RuleMeta(
          "versions-changed",
          "versions",
          Severity.ERROR,
          "A published version whose file changed or disappeared after it was locked",
          "GDPR Art. 5(2) accountability, Art. 12(1) and 13: what people were told stays on record");

  public VersionsChanged() {
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
    if (history.lock().isEmpty()) return;
    for (VersionLock.Entry entry : history.lock().get().entries()) {
      Optional<PolicyVersion> version =
          context.policy().versions().stream()
              .filter(v -> v.id().equals(entry.version()))
              .findFirst();
      Optional<Translation> translation =
          context.policy().translations().stream()
              .filter(t -> t.lockId().equals(entry.version()))
              .findFirst();
      if (version.isEmpty() && translation.isPresent()) {
        if (!history.files().get(entry.version()).hash().equals(entry.hash())) {
          report.accept(
              Finding.of(
                  META,
                  translation.get().at("version"),
                  translation.get().at().file()
                      + " was published and has changed since (it no longer matches "
                      + history.lockFile()
                      + "); a published translation never changes: undo the edit (git checkout -- "
                      + translation.get().at().file()
                      + ") and make the change in the translation of a new version"));
        }
        continue;
      }
      if (version.isEmpty()) {
        report.accept(
            Finding.of(
                META,
                history.lockAt(entry.line()),
                "the published version "
                    + entry.version()
                    + " is locked here, but its file versions/"
                    + entry.version()
                    + ".yaml is gone; restore it from Git: a published version stays on record,"
                    + " even once a newer one replaces it"));
        continue;
      }
      String now = history.files().get(entry.version()).hash();
      if (!now.equals(entry.hash())) {
        report.accept(
            Finding.of(
                META,
                version.get().at("version"),
                version.get().at().file()
                    + " was published and has changed since (it no longer matches "
                    + history.lockFile()
                    + "); a published version never changes: undo the edit (git checkout -- "
                    + version.get().at().file()
                    + ") and make the change in a new version, started with mvn policy:new-version"));
      }
    }
  }
}
