package dev.policyascode.versions;

import dev.policyascode.model.PolicyVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * Publishes a draft: its {@code status:} becomes {@code published} where it is written (nothing
 * else in the file changes), and its hash goes into the policy's lock. Refuses, changing nothing,
 * whatever would leave the history inconsistent. The caller lints the policies first.
 */
public final class Publish {

  private Publish() {}

  /** As {@link #publish(Path, Optional, Optional, Path, LocalDate)}, published today (UTC). */
  public static List<String> publish(
      Path policiesDir, Optional<String> policyId, Optional<String> versionId, Path displayRoot)
      throws WorkflowException, IOException {
    return publish(policiesDir, policyId, versionId, displayRoot, LocalDate.now(ZoneOffset.UTC));
  }

  /**
   * @param versionId the version; by default the policy's only draft
   * @param today the day of publication, recorded in the lock: how long ahead of its effective date
   *     the version was announced
   * @return what was done, one line each, for the log
   */
  public static List<String> publish(
      Path policiesDir,
      Optional<String> policyId,
      Optional<String> versionId,
      Path displayRoot,
      LocalDate today)
      throws WorkflowException, IOException {
    PolicyFolder folder = PolicyFolder.choose(policiesDir, policyId, displayRoot);
    List<PolicyVersion> versions = folder.policy().versions();
    PolicyVersion version = chosen(folder, versions, versionId.filter(s -> !s.isBlank()));
    String pid = folder.policy().id();
    if (version.isPublished()) {
      throw new WorkflowException(
          "The version "
              + version.id()
              + " of "
              + pid
              + " is already published; nothing was changed. A published version never changes:"
              + " start a new one with mvn policy:new-version");
    }
    Path lockFile = folder.dir().resolve(VersionLock.FILE);
    VersionLock lock =
        Files.isRegularFile(lockFile)
            ? VersionLock.parse(PolicyFolder.read(lockFile))
            : VersionLock.empty();
    if (!lock.problems().isEmpty() || lock.entry(version.id()).isPresent()) {
      throw new WorkflowException(
          folder.shown(lockFile)
              + " is not as policy:publish wrote it; nothing was changed. Run mvn policy:lint and"
              + " fix what it shows first");
    }
    int index = versions.indexOf(version);
    if (index > 0 && version.summary().map(s -> s.text().isBlank()).orElse(true)) {
      throw new WorkflowException(
          folder.shown(folder.versionFile(version.id()))
              + " has no summary; nothing was changed. Add a summary: line saying what changed"
              + " since "
              + versions.get(index - 1).id()
              + ", then publish again");
    }
    Optional<PolicyVersion> newestLocked =
        versions.stream().filter(v -> lock.entry(v.id()).isPresent()).reduce((a, b) -> b);
    if (newestLocked.isPresent() && !version.effective().isAfter(newestLocked.get().effective())) {
      throw new WorkflowException(
          "The version "
              + version.id()
              + " takes effect on "
              + version.effective()
              + ", not after the published version "
              + newestLocked.get().id()
              + "; nothing was changed. Change its effective date first");
    }
    Path file = folder.versionFile(version.id());
    String published;
    try {
      published = VersionFileText.of(PolicyFolder.read(file)).with("status", "published").text();
    } catch (IllegalArgumentException e) {
      throw new WorkflowException(
          "Cannot publish " + folder.shown(file) + ": " + e.getMessage() + "; nothing was changed");
    }
    String hash = ContentHash.of(published.getBytes(StandardCharsets.UTF_8));
    String lockText = lock.with(version.id(), hash, today).format();
    // The version first: should the lock not be written, lint names the unlocked version and
    // gives the line to add; the other way round, a locked draft would fail as changed.
    PolicyFolder.replace(file, published);
    PolicyFolder.replace(lockFile, lockText);
    return List.of(
        "Published "
            + version.id()
            + " of "
            + pid
            + ", effective "
            + version.effective()
            + ": status set to published in "
            + folder.shown(file),
        "Locked it in "
            + folder.shown(lockFile)
            + ": "
            + VersionLock.line(version.id(), hash, Optional.of(today)),
        "Commit both files; from now on the version never changes");
  }

  /** The version named, or else the policy's only draft; refused when neither is clear. */
  static PolicyVersion chosen(
      PolicyFolder folder, List<PolicyVersion> versions, Optional<String> versionId)
      throws WorkflowException {
    String pid = folder.policy().id();
    if (versionId.isPresent()) {
      return versions.stream()
          .filter(v -> v.id().equals(versionId.get()))
          .findFirst()
          .orElseThrow(
              () ->
                  new WorkflowException(
                      "The policy "
                          + pid
                          + " has no version "
                          + versionId.get()
                          + "; its versions are "
                          + String.join(", ", versions.stream().map(PolicyVersion::id).toList())));
    }
    List<PolicyVersion> drafts = versions.stream().filter(v -> !v.isPublished()).toList();
    if (drafts.isEmpty()) {
      throw new WorkflowException(
          "The policy "
              + pid
              + " has no draft to publish; start one with mvn policy:new-version"
              + " -Dpolicy.effective=YYYY-MM-DD");
    }
    if (drafts.size() > 1) {
      throw new WorkflowException(
          "The policy "
              + pid
              + " has several drafts ("
              + String.join(", ", drafts.stream().map(PolicyVersion::id).toList())
              + "); name one with -Dpolicy.version=<version>");
    }
    return drafts.get(0);
  }
}
