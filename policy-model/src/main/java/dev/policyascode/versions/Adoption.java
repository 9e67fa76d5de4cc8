package dev.policyascode.versions;

import dev.policyascode.model.PolicyVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The version workflow's part of adopting a notice already in force: the draft that records it
 * (typically just imported) becomes published as it is, on the date it took effect, and locked.
 * Unlike {@link Publish}, nothing is written here: the plan is checked first (the caller lints the
 * result and decides about the baseline), then written whole with {@link #writeTo}.
 *
 * <p>Only a policy's first published version is adopted. Once a version is published, it is the
 * record the next ones are compared with: a later version goes through {@code policy:new-version}
 * and {@code policy:publish}, and its findings are fixed rather than accepted.
 *
 * @param policyId the policy's id, its folder's name
 * @param version the version adopted
 * @param versionFile the version file, relative to the policies folder
 * @param publishedText the version file as it will be: its status published, nothing else changed
 * @param lockFile the lock file, relative to the policies folder
 * @param lockText the lock as it will be, with the version's line
 * @param lockLine the version's line in the lock
 */
public record Adoption(
    String policyId,
    PolicyVersion version,
    Path versionFile,
    String publishedText,
    Path lockFile,
    String lockText,
    String lockLine) {

  /**
   * What adopting a version would write, or why it cannot be adopted.
   *
   * @param versionId the version; by default the policy's only draft
   * @param today the date the adoption is made: a notice in force took effect on or before it
   */
  public static Adoption plan(
      Path policiesDir,
      Optional<String> policyId,
      Optional<String> versionId,
      Path displayRoot,
      LocalDate today)
      throws WorkflowException, IOException {
    PolicyFolder folder = PolicyFolder.choose(policiesDir, policyId, displayRoot);
    List<PolicyVersion> versions = folder.policy().versions();
    PolicyVersion version = Publish.chosen(folder, versions, versionId.filter(s -> !s.isBlank()));
    String pid = folder.policy().id();
    Path file = folder.versionFile(version.id());
    if (version.isPublished()) {
      throw new WorkflowException(
          "The version "
              + version.id()
              + " of "
              + pid
              + " is already published; nothing was changed. Adopting is for a notice in force"
              + " that is still a draft here"
              + (lock(folder).entry(version.id()).isEmpty()
                  ? ": if you wrote status: published by hand, write draft again and adopt it"
                  : ""));
    }
    Optional<PolicyVersion> published = versions.stream().filter(v -> v.isPublished()).findFirst();
    if (published.isPresent()) {
      throw new WorkflowException(
          "The policy "
              + pid
              + " already has a published version, "
              + published.get().id()
              + "; nothing was changed. Only a policy's first version is adopted with its"
              + " findings accepted: publish later ones with mvn policy:publish, which fails on"
              + " their findings");
    }
    if (version.effective().isAfter(today)) {
      throw new WorkflowException(
          "The version "
              + version.id()
              + " takes effect on "
              + version.effective()
              + ", after today ("
              + today
              + "); nothing was changed. Adopt the notice in force, with the date it took"
              + " effect, or publish a future version with mvn policy:publish");
    }
    int index = versions.indexOf(version);
    if (index > 0 && version.summary().map(s -> s.text().isBlank()).orElse(true)) {
      throw new WorkflowException(
          folder.shown(file)
              + " is not the policy's earliest version and has no summary; nothing was changed."
              + " Add a summary: line saying what changed since "
              + versions.get(index - 1).id()
              + ", or remove the earlier draft, then adopt again");
    }
    Path lockFile = folder.dir().resolve(VersionLock.FILE);
    VersionLock lock = lock(folder);
    if (!lock.problems().isEmpty() || !lock.entries().isEmpty()) {
      throw new WorkflowException(
          folder.shown(lockFile)
              + " already locks versions, or is not as policy:publish writes it; nothing was"
              + " changed. Run mvn policy:lint and fix what it shows first");
    }
    String text;
    try {
      text = VersionFileText.of(PolicyFolder.read(file)).with("status", "published").text();
    } catch (IllegalArgumentException e) {
      throw new WorkflowException(
          "Cannot adopt " + folder.shown(file) + ": " + e.getMessage() + "; nothing was changed");
    }
    String hash = ContentHash.of(text.getBytes(StandardCharsets.UTF_8));
    return new Adoption(
        pid,
        version,
        policiesDir.relativize(file),
        text,
        policiesDir.relativize(lockFile),
        lock.with(version.id(), hash, today).format(),
        VersionLock.line(version.id(), hash, Optional.of(today)));
  }

  private static VersionLock lock(PolicyFolder folder) throws IOException {
    Path file = folder.dir().resolve(VersionLock.FILE);
    return Files.isRegularFile(file)
        ? VersionLock.parse(PolicyFolder.read(file))
        : VersionLock.empty();
  }

  /**
   * Writes the version, then its lock, into the policies folder {@code policiesDir}: the real one,
   * or a copy to lint what the adoption would give. The version first, as {@link Publish} does.
   */
  public void writeTo(Path policiesDir) throws IOException {
    PolicyFolder.replace(policiesDir.resolve(versionFile), publishedText);
    PolicyFolder.replace(policiesDir.resolve(lockFile), lockText);
  }
}
