package dev.policyascode.start;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policyascode.lint.LintReport;
import dev.policyascode.lint.Linter;
import dev.policyascode.lint.report.Baseline;
import dev.policyascode.lint.report.BaselineChange;
import dev.policyascode.lint.report.LintOutcome;
import dev.policyascode.lint.report.LogLine;
import dev.policyascode.versions.WorkflowException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * policy:adopt in the core: the version is published and locked and its findings accepted in one
 * step, only its own findings are accepted, and every refusal leaves every file as it was.
 */
class AdoptTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

  @TempDir Path root;

  private Path policies() {
    return root.resolve("policies");
  }

  private Path baselineFile() {
    return root.resolve("policy-lint-baseline.json");
  }

  /** A policy whose draft refers to a section that does not exist: one error, as imported. */
  private void policy(String id, String version, String status) throws Exception {
    Path dir = Files.createDirectories(policies().resolve(id).resolve("versions"));
    Files.writeString(
        dir.resolveSibling("policy.yaml"),
        "format: 1\nid: "
            + id
            + "\ntitle: Privacy Policy\ncontroller:\n  name: Example SAS\nlanguages: [en]\n");
    Files.writeString(
        dir.resolve(version + ".yaml"),
        "# imported\nformat: 1\nversion: \""
            + version
            + "\"\neffective: \""
            + version
            + "\"\nstatus: "
            + status
            + "\nsections:\n  - id: intro\n    title: \"1. Introduction\"\n    body: |\n"
            + "      As section 4.2 says, we keep your data.\n",
        StandardCharsets.UTF_8);
  }

  private Adopt.Result adopt(Optional<String> policy, Optional<String> version) throws Exception {
    return Adopt.run(
        new Adopt.Request(
            policies(), policy, version, root, TODAY, baselineFile(), "policy-lint-baseline.json"),
        r -> Linter.builder().displayRoot(r).build(),
        Baseline.read(baselineFile()));
  }

  private LintOutcome lint() {
    LintReport report = Linter.builder().displayRoot(root).build().lint(policies());
    return LintOutcome.of(report, Baseline.read(baselineFile()));
  }

  private static List<String> texts(List<LogLine> lines) {
    return lines.stream().map(LogLine::text).toList();
  }

  @Test
  void theVersionIsPublishedLockedAndItsFindingsAcceptedSoTheBuildIsGreen() throws Exception {
    policy("acme", "2024-05-01", "draft");
    Path file = policies().resolve("acme/versions/2024-05-01.yaml");
    String before = Files.readString(file);
    assertEquals(1, lint().fresh().size(), "the draft has one finding before");

    Adopt.Result r = adopt(Optional.empty(), Optional.empty());

    assertEquals(Optional.empty(), r.failure());
    String after = Files.readString(file);
    assertEquals(before.replace("status: draft", "status: published"), after);
    String hash =
        "sha256:"
            + HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(after.getBytes()));
    assertTrue(
        Files.readString(policies().resolve("acme/versions.lock"))
            .endsWith("2024-05-01 " + hash + " published " + TODAY + "\n"),
        "the lock records the day of the adoption as the day of publication");
    LintOutcome outcome = lint();
    assertEquals(List.of(), outcome.fresh(), "the first build is green");
    assertEquals(1, outcome.baselined().size(), "the legacy finding stays, as accepted");
    List<String> lines = texts(r.lines());
    assertEquals(
        List.of(
            "Adopted 2024-05-01 of acme as the version in force since 2024-05-01: status set to"
                + " published in policies/acme/versions/2024-05-01.yaml",
            "Locked it in policies/acme/versions.lock: 2024-05-01 " + hash + " published " + TODAY),
        lines.subList(0, 2));
    // the rule's own words in between are the rule's to choose
    assertTrue(
        lines.get(2).startsWith("Baseline: added policies/acme/versions/2024-05-01.yaml:10:10:")
            && lines.get(2).endsWith("[xref-section-number]"),
        lines.get(2));
    assertEquals(
        "Wrote 1 accepted finding to policy-lint-baseline.json (1 added, 0 removed)", lines.get(3));
  }

  @Test
  void onlyTheAdoptedVersionsFindingsAreAcceptedAndWhatWasAcceptedStays() throws Exception {
    policy("acme", "2024-05-01", "draft");
    policy("other", "2024-01-01", "draft");
    Files.writeString(
        policies().resolve("other/versions/2025-01-01.yaml"),
        "format: 1\nversion: 2025-01-01\neffective: 2025-01-01\nstatus: draft\nsections:\n"
            + "  - id: a\n    title: A\n    body: See section 9.\n");
    // other's 2024 finding was accepted before; its 2025 one is new
    LintReport all = Linter.builder().displayRoot(root).build().lint(policies());
    Baseline.of(
            new LintReport(
                all.policies(),
                all.unreadable(),
                all.findings().stream()
                    .filter(f -> f.at().file().endsWith("other/versions/2024-01-01.yaml"))
                    .toList(),
                all.suppressed(),
                all.rules(),
                all.filesRead(),
                all.sources(),
                all.digests()))
        .write(baselineFile());

    Adopt.Result r = adopt(Optional.of("acme"), Optional.empty());

    assertEquals(Optional.empty(), r.failure());
    Map<String, Long> accepted =
        Baseline.read(baselineFile()).entries().stream()
            .collect(Collectors.groupingBy(Baseline.Entry::file, Collectors.counting()));
    assertEquals(
        Map.of(
            "policies/acme/versions/2024-05-01.yaml", 1L,
            "policies/other/versions/2024-01-01.yaml", 1L),
        accepted);
    assertEquals(
        List.of("policies/other/versions/2025-01-01.yaml"),
        lint().fresh().stream().map(f -> f.at().file()).toList());
    assertTrue(
        texts(r.lines())
            .contains(
                "1 new error outside the adopted version still fails the build; run mvn"
                    + " policy:lint to see it"),
        r.lines().toString());
  }

  private Map<Path, String> snapshot() throws Exception {
    try (var walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile)
          .collect(
              Collectors.toMap(
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

  private String refusal(Optional<String> version) throws Exception {
    Map<Path, String> before = snapshot();
    WorkflowException x =
        assertThrows(WorkflowException.class, () -> adopt(Optional.empty(), version));
    assertEquals(before, snapshot(), "a refusal changes nothing");
    return x.getMessage();
  }

  @Test
  void anUnknownVersionIsRefused() throws Exception {
    policy("acme", "2024-05-01", "draft");
    assertEquals(
        "The policy acme has no version 2023-01-01; its versions are 2024-05-01",
        refusal(Optional.of("2023-01-01")));
  }

  @Test
  void aVersionPublishedByHandIsRefusedWithWhatToDo() throws Exception {
    policy("acme", "2024-05-01", "published");
    assertEquals(
        "The version 2024-05-01 of acme is already published; nothing was changed. Adopting is"
            + " for a notice in force that is still a draft here: if you wrote status: published"
            + " by hand, write draft again and adopt it",
        refusal(Optional.of("2024-05-01")));
  }

  @Test
  void aSecondAdoptionIsRefusedOnceAVersionIsInForce() throws Exception {
    policy("acme", "2024-05-01", "draft");
    adopt(Optional.empty(), Optional.empty());
    Files.writeString(
        policies().resolve("acme/versions/2025-01-01.yaml"),
        "format: 1\nversion: 2025-01-01\neffective: 2025-01-01\nstatus: draft\n"
            + "summary: New.\nsections:\n  - id: a\n    title: A\n");
    assertEquals(
        "The policy acme already has a published version, 2024-05-01; nothing was changed. Only a"
            + " policy's first version is adopted with its findings accepted: publish later ones"
            + " with mvn policy:publish, which fails on their findings",
        refusal(Optional.of("2025-01-01")));
  }

  @Test
  void aVersionNotYetInEffectIsRefused() throws Exception {
    policy("acme", "2027-01-01", "draft");
    assertTrue(
        refusal(Optional.empty())
            .startsWith(
                "The version 2027-01-01 takes effect on 2027-01-01, after today (2026-06-01);"
                    + " nothing was changed."));
  }

  @Test
  void aFindingNoBaselineMayAcceptIsNamedBeforeAnythingIsWritten() throws Exception {
    // a version published by hand without its lock line: versions-lock-entry, never accepted
    policy("acme", "2024-05-01", "published");
    LintReport report = Linter.builder().displayRoot(root).build().lint(policies());
    BaselineChange change =
        Adopt.change(
            report,
            Baseline.empty(),
            Set.of("policies/acme/versions/2024-05-01.yaml"),
            "policy-lint-baseline.json");
    List<String> before = texts(change.before());
    assertEquals(2, before.size(), before.toString());
    assertTrue(
        before.get(0).startsWith("Baseline: cannot accept policies/acme/versions/2024-05-01.yaml")
            && before.get(0).contains("[versions-lock-entry]; a baseline cannot relax the lock"),
        before.get(0));
    assertEquals(
        "1 finding cannot be accepted by the baseline and still fails the build", before.get(1));
  }
}
