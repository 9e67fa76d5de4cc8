package dev.policyascode.versions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policyascode.lint.Linter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * policy:new-version and policy:publish in the core: what they write, and every refusal, each of
 * which leaves every file as it was.
 */
class WorkflowTest {

  @TempDir Path root;

  private Path policy(String id, String... versions) throws Exception {
    Path dir = Files.createDirectories(root.resolve(id).resolve("versions"));
    Files.writeString(
        dir.resolveSibling("policy.yaml"),
        "format: 1\nid: "
            + id
            + "\ntitle: Privacy Policy\ncontroller:\n  name: Example SAS\n  country: FR\nlanguages: [en]\n",
        StandardCharsets.UTF_8);
    for (String v : versions) {
      String[] parts = v.split(":");
      String summary = parts.length > 2 ? "summary: " + parts[2] + "\n" : "";
      Files.writeString(
          dir.resolve(parts[0] + ".yaml"),
          "format: 1\nversion: "
              + parts[0]
              + "\neffective: "
              + parts[0]
              + "\nstatus: "
              + parts[1]
              + "\n"
              + summary
              + "sections:\n  - id: intro\n    title: Introduction\n",
          StandardCharsets.UTF_8);
    }
    return dir.getParent();
  }

  private Map<Path, String> snapshot() throws Exception {
    try (var walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile)
          .collect(
              java.util.stream.Collectors.toMap(
                  p -> p,
                  p -> {
                    try {
                      return Files.readString(p);
                    } catch (java.io.IOException e) {
                      throw new java.io.UncheckedIOException(e);
                    }
                  }));
    }
  }

  private String refusal(Executable e) throws Exception {
    Map<Path, String> before = snapshot();
    WorkflowException x = assertThrows(WorkflowException.class, e::run);
    assertEquals(before, snapshot(), "a refusal changes nothing");
    return x.getMessage();
  }

  interface Executable {
    void run() throws Exception;
  }

  /** Publications are made on this day: 47 days before 2025-01-01, enough notice. */
  private static final LocalDate PUBLISHED_ON = LocalDate.of(2024, 11, 15);

  private List<String> publish(Optional<String> policy, Optional<String> version) throws Exception {
    return Publish.publish(root, policy, version, root, PUBLISHED_ON);
  }

  @Test
  void publishesTheOnlyDraftAndLintsCleanAfterwards() throws Exception {
    Path p = policy("p", "2024-01-01:published", "2025-01-01:draft:Shorter retention.");
    Files.writeString(
        p.resolve("versions.lock"),
        VersionLock.empty()
            .with(
                "2024-01-01",
                ContentHash.of(Files.readAllBytes(p.resolve("versions/2024-01-01.yaml"))))
            .format());
    List<String> said = publish(Optional.empty(), Optional.empty());
    assertTrue(
        said.get(0).startsWith("Published 2025-01-01 of p, effective 2025-01-01"), said::toString);
    assertTrue(said.get(1).startsWith("Locked it in p/versions.lock: 2025-01-01 sha256:"));
    assertTrue(said.get(1).endsWith(" published 2024-11-15"), said.get(1));
    assertTrue(
        Files.readString(p.resolve("versions.lock")).contains(" published 2024-11-15\n"),
        "the lock records the day of publication");
    assertTrue(
        Files.readString(p.resolve("versions/2025-01-01.yaml")).contains("\nstatus: published\n"));
    assertEquals(List.of(), Linter.builder().build().lint(root).findings());
  }

  @Test
  void publishRefusals() throws Exception {
    policy("a", "2024-01-01:draft", "2024-06-01:draft:Second.");
    policy("b", "2024-01-01:draft");
    assertTrue(
        refusal(() -> publish(Optional.empty(), Optional.empty()))
            .contains("There are several policies (a, b); name one with -Dpolicy.id=<policy>"));
    assertTrue(
        refusal(() -> publish(Optional.of("c"), Optional.empty()))
            .startsWith("There is no policy 'c'"));
    assertTrue(
        refusal(() -> publish(Optional.of("a"), Optional.empty()))
            .contains(
                "has several drafts (2024-01-01, 2024-06-01); name one with -Dpolicy.version"));
    assertTrue(
        refusal(() -> publish(Optional.of("a"), Optional.of("2030-01-01")))
            .contains("has no version 2030-01-01; its versions are 2024-01-01, 2024-06-01"));
    Files.writeString(root.resolve("a/versions.lock"), "not a lock line\n");
    assertTrue(
        refusal(() -> publish(Optional.of("a"), Optional.of("2024-01-01")))
            .contains("a/versions.lock is not as policy:publish wrote it"));
    Files.delete(root.resolve("a/versions.lock"));
    publish(Optional.of("a"), Optional.of("2024-01-01"));
    Files.writeString(
        root.resolve("a/versions/2024-03-01.yaml"),
        "format: 1\nversion: 2024-03-01\neffective: 2023-12-01\nstatus: draft\nsummary: Old.\n"
            + "sections:\n  - id: intro\n    title: Introduction\n");
    assertTrue(
        refusal(() -> publish(Optional.of("a"), Optional.of("2024-03-01")))
            .contains("takes effect on 2023-12-01, not after the published version 2024-01-01"));
    Files.delete(root.resolve("a/versions/2024-03-01.yaml"));
    Files.writeString(
        root.resolve("b/versions/2025-01-01.yaml"),
        "format: 1\nversion: 2025-01-01\neffective: 2025-01-01\nstatus: draft\n"
            + "sections:\n  - id: intro\n    title: Introduction\n");
    assertTrue(
        refusal(() -> publish(Optional.of("b"), Optional.of("2025-01-01")))
            .contains("has no summary; nothing was changed"));
  }

  @Test
  void startsAVersionFromAFileWithCrOnlyLineEnds() throws Exception {
    policy("p", "2024-01-01:published:First version.");
    Path file = root.resolve("p/versions/2024-01-01.yaml");
    Files.writeString(file, Files.readString(file).replace("\n", "\r"));
    NewVersion.start(root, Optional.empty(), "2025-01-01", Optional.empty(), root);
    assertEquals(
        "format: 1\rversion: '2025-01-01'\reffective: '2025-01-01'\rstatus: draft\r"
            + "sections:\r  - id: intro\r    title: Introduction\r",
        Files.readString(root.resolve("p/versions/2025-01-01.yaml")));
  }

  @Test
  void newVersionRefusesTheNameOfAPageOfThePolicy() throws Exception {
    policy("p", "2024-01-01:published");
    assertTrue(
        refusal(
                () ->
                    NewVersion.start(
                        root, Optional.empty(), "2025-01-01", Optional.of("archive"), root))
            .contains("'archive' is the name of a page the site keeps for the whole policy"));
  }

  @Test
  void newVersionRefusals() throws Exception {
    policy("p", "2024-01-01:published");
    assertTrue(
        refusal(
                () ->
                    NewVersion.start(root, Optional.empty(), "2025-13-01", Optional.empty(), root))
            .contains("is not a date; write YYYY-MM-DD"));
    assertTrue(
        refusal(() -> NewVersion.start(root, Optional.empty(), null, Optional.empty(), root))
            .contains("-Dpolicy.effective=YYYY-MM-DD"));
    assertTrue(
        refusal(
                () ->
                    NewVersion.start(
                        root, Optional.empty(), "2025-01-01", Optional.of("../escape"), root))
            .contains("is not an id"));
    assertTrue(
        refusal(
                () ->
                    NewVersion.start(
                        root, Optional.empty(), "2024-01-01", Optional.of("other"), root))
            .contains("must take effect after the newest one, 2024-01-01"));
    List<String> said =
        NewVersion.start(root, Optional.empty(), "2025-01-01", Optional.of("next"), root);
    assertEquals(
        "Started the draft next of p, effective 2025-01-01, as a copy of 2024-01-01:"
            + " p/versions/next.yaml",
        said.get(0));
    assertTrue(
        refusal(
                () ->
                    NewVersion.start(
                        root, Optional.empty(), "2026-01-01", Optional.of("next"), root))
            .contains("p/versions/next.yaml already exists"));
  }
}
