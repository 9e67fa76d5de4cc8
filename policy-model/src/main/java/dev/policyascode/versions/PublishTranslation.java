package dev.policyascode.versions;

import dev.policyascode.model.PolicyVersion;
import dev.policyascode.model.TranslatedText;
import dev.policyascode.model.Translation;
import dev.policyascode.translate.SourceText;
import dev.policyascode.translate.SourceTexts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Publishes a draft translation of a published version, with it or later: its {@code status:}
 * becomes {@code published} and its hash goes into the lock under {@code <version>.<language>},
 * after which it never changes, as the version does not. Refuses, changing nothing, a translation
 * whose version is a draft, or that misses a text or translates an older wording of one: what is
 * published in one language must say what the others say.
 */
public final class PublishTranslation {

  private PublishTranslation() {}

  /** As below, published today (UTC). */
  public static List<String> publish(
      Path policiesDir,
      Optional<String> policyId,
      Optional<String> versionId,
      String language,
      Path displayRoot)
      throws WorkflowException, IOException {
    return publish(
        policiesDir, policyId, versionId, language, displayRoot, LocalDate.now(ZoneOffset.UTC));
  }

  /**
   * @param today the day of publication, recorded in the lock as a version's is: the feed and the
   *     sitemap read it, and a translation published after its version says so
   */
  public static List<String> publish(
      Path policiesDir,
      Optional<String> policyId,
      Optional<String> versionId,
      String language,
      Path displayRoot,
      LocalDate today)
      throws WorkflowException, IOException {
    PolicyFolder folder = PolicyFolder.choose(policiesDir, policyId, displayRoot);
    List<PolicyVersion> versions = folder.policy().versions();
    Optional<String> named = versionId.filter(s -> !s.isBlank());
    PolicyVersion version =
        named.isPresent()
            ? Publish.chosen(folder, versions, named)
            : versions.stream()
                .filter(PolicyVersion::isPublished)
                .reduce((a, b) -> b)
                .orElseThrow(
                    () ->
                        new WorkflowException(
                            "No version of "
                                + folder.policy().id()
                                + " is published yet; publish the version before its"
                                + " translation"));
    String lockId = version.id() + "." + language;
    Translation t =
        folder
            .policy()
            .translation(version.id(), language)
            .orElseThrow(
                () ->
                    new WorkflowException(
                        "There is no translation "
                            + lockId
                            + ".yaml to publish; start it with mvn policy:translate"
                            + " -Dpolicy.version="
                            + version.id()
                            + " -Dpolicy.language="
                            + language));
    if (!version.isPublished()) {
      throw new WorkflowException(
          "The version "
              + version.id()
              + " is a draft; nothing was changed. Publish it first, then its translation");
    }
    if (t.isPublished()) {
      throw new WorkflowException(
          "The translation " + lockId + " is already published; nothing was changed");
    }
    List<String> problems = problems(version, t);
    if (!problems.isEmpty()) {
      throw new WorkflowException(
          "The translation "
              + lockId
              + " is not in step with its version; nothing was changed. "
              + String.join("; ", problems.subList(0, Math.min(5, problems.size())))
              + (problems.size() > 5 ? "; and " + (problems.size() - 5) + " more" : "")
              + ". Run mvn policy:lint for every place");
    }
    Path lockFile = folder.dir().resolve(VersionLock.FILE);
    VersionLock lock =
        Files.isRegularFile(lockFile)
            ? VersionLock.parse(PolicyFolder.read(lockFile))
            : VersionLock.empty();
    if (!lock.problems().isEmpty() || lock.entry(lockId).isPresent()) {
      throw new WorkflowException(
          folder.shown(lockFile)
              + " is not as policy:publish wrote it; nothing was changed. Run mvn policy:lint and"
              + " fix what it shows first");
    }
    Path file = folder.versionFile(lockId);
    String published;
    try {
      published = VersionFileText.of(PolicyFolder.read(file)).with("status", "published").text();
    } catch (IllegalArgumentException e) {
      throw new WorkflowException(
          "Cannot publish " + folder.shown(file) + ": " + e.getMessage() + "; nothing was changed");
    }
    String hash = ContentHash.of(published.getBytes(StandardCharsets.UTF_8));
    String lockText = lock.with(lockId, hash, today).format();
    PolicyFolder.replace(file, published);
    PolicyFolder.replace(lockFile, lockText);
    return List.of(
        "Published the "
            + language
            + " translation of "
            + version.id()
            + " in "
            + folder.shown(file),
        "Locked it in "
            + folder.shown(lockFile)
            + ": "
            + VersionLock.line(lockId, hash, Optional.of(today)),
        "Commit both files; from now on the translation never changes");
  }

  /** What keeps a translation from publishing: a text missing, unmarked, stale or unknown. */
  static List<String> problems(PolicyVersion version, Translation t) {
    Map<String, SourceText> sources = SourceTexts.of(version);
    List<String> out = new ArrayList<>();
    for (SourceText s : sources.values()) {
      Optional<TranslatedText> text = t.text(s.key());
      if (text.isEmpty()) out.add(s.key() + " is not translated");
      else if (text.get().source().isEmpty()) out.add(s.key() + " is not marked translated");
      else if (!text.get().source().get().equals(s.fingerprint())) {
        out.add(s.key() + " was translated from an earlier wording");
      }
    }
    for (TranslatedText text : t.texts()) {
      if (!sources.containsKey(text.key())) out.add(text.key() + " is not a text of the version");
    }
    return out;
  }
}
