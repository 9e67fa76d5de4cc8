package dev.policyascode.versions;

import dev.policyascode.load.VersionIds;
import dev.policyascode.model.PolicyVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * Starts the next draft of a policy as a copy of its newest version, with a new id and effective
 * date, status draft and no summary (the old one describes the old changes). The copy is a textual
 * one: comments and formatting stay as they were.
 */
public final class NewVersion {

  private static final String ID = "[a-z0-9]([a-z0-9-]*[a-z0-9])?";

  private NewVersion() {}

  /**
   * @param policyId the policy, when the folder holds several
   * @param effective the new version's effective date, YYYY-MM-DD
   * @param versionId the new version's id; by default the effective date
   * @return what was done, one line each, for the log
   */
  public static List<String> start(
      Path policiesDir,
      Optional<String> policyId,
      String effective,
      Optional<String> versionId,
      Path displayRoot)
      throws WorkflowException, IOException {
    LocalDate date = date(effective);
    String id = versionId.filter(s -> !s.isBlank()).orElse(date.toString());
    if (!id.matches(ID)) {
      throw new WorkflowException(
          "The version id '"
              + id
              + "' is not an id: write small letters, digits and dashes, such as "
              + date);
    }
    var reserved = VersionIds.reserved(id);
    if (reserved.isPresent()) {
      throw new WorkflowException(
          "The version id "
              + reserved.get()
              + "; nothing was changed. Give another id with"
              + " -Dpolicy.version=…");
    }
    PolicyFolder folder = PolicyFolder.choose(policiesDir, policyId, displayRoot);
    List<PolicyVersion> versions = folder.policy().versions();
    if (versions.isEmpty()) {
      throw new WorkflowException(
          "The policy " + folder.policy().id() + " has no version to start from");
    }
    PolicyVersion latest = versions.get(versions.size() - 1);
    Path target = folder.versionFile(id);
    if (Files.exists(target)) {
      throw new WorkflowException(
          folder.shown(target)
              + " already exists; nothing was changed. Choose another id with -Dpolicy.version=…,"
              + " or edit that file");
    }
    if (!date.isAfter(latest.effective())) {
      throw new WorkflowException(
          "The new version must take effect after the newest one, "
              + latest.id()
              + " ("
              + latest.effective()
              + "); nothing was changed. Give a later date with -Dpolicy.effective=YYYY-MM-DD");
    }
    VersionFileText text;
    try {
      text =
          VersionFileText.of(PolicyFolder.read(folder.versionFile(latest.id())))
              .with("version", id)
              .with("effective", date.toString())
              .with("status", "draft");
      if (latest.summary().isPresent()) text = text.without("summary");
    } catch (IllegalArgumentException e) {
      throw new WorkflowException(
          "Cannot copy " + folder.shown(folder.versionFile(latest.id())) + ": " + e.getMessage());
    }
    try {
      Files.writeString(target, text.text(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
    } catch (FileAlreadyExistsException e) {
      throw new WorkflowException(folder.shown(target) + " already exists; nothing was changed");
    }
    return List.of(
        "Started the draft "
            + id
            + " of "
            + folder.policy().id()
            + ", effective "
            + date
            + ", as a copy of "
            + latest.id()
            + ": "
            + folder.shown(target),
        "Edit it, add a summary: of what changed, then publish it with mvn policy:publish"
            + " -Dpolicy.id="
            + folder.policy().id()
            + " -Dpolicy.version="
            + id);
  }

  static LocalDate date(String effective) throws WorkflowException {
    if (effective == null || effective.isBlank()) {
      throw new WorkflowException(
          "Give the new version's effective date with -Dpolicy.effective=YYYY-MM-DD");
    }
    try {
      if (!effective.matches("\\d{4}-\\d{2}-\\d{2}")) throw new DateTimeParseException("", "", 0);
      return LocalDate.parse(effective);
    } catch (DateTimeParseException e) {
      throw new WorkflowException(
          "The effective date '" + effective + "' is not a date; write YYYY-MM-DD");
    }
  }
}
