package dev.policyascode.versions;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policyascode.lint.LintReport;
import dev.policyascode.lint.Linter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A translation is published after its version, only when in step with it, and then locked. */
class PublishTranslationTest {

  static final Path FIXTURE =
      Path.of(System.getProperty("basedir", ""))
          .resolve("src/test/resources/fixtures/translations-stale/valid");

  @TempDir Path root;
  Path policy;

  @BeforeEach
  void policy() throws Exception {
    policy = Files.createDirectories(root.resolve("acme/versions")).getParent();
    Files.writeString(
        policy.resolve("policy.yaml"),
        "format: 1\nid: acme\ntitle: Privacy Policy\ncontroller:\n  name: Acme\n"
            + "languages: [en, fr]\n",
        UTF_8);
    Files.copy(FIXTURE.resolve("2026-01-01.yaml"), policy.resolve("versions/2026-01-01.yaml"));
    Files.copy(
        FIXTURE.resolve("2026-01-01.fr.yaml"), policy.resolve("versions/2026-01-01.fr.yaml"));
    Publish.publish(root, Optional.empty(), Optional.empty(), root);
  }

  private LintReport lint() {
    return Linter.builder().displayRoot(root).build().lint(root);
  }

  @Test
  void publishingLocksTheTranslationSoThatAnEditIsReported() throws Exception {
    PublishTranslation.publish(
        root, Optional.empty(), Optional.empty(), "fr", root, java.time.LocalDate.of(2026, 2, 3));
    String lock = Files.readString(policy.resolve("versions.lock"), UTF_8);
    assertTrue(lock.contains("\n2026-01-01.fr sha256:"), lock);
    // The day is recorded as a version's is, so that the lock says when each language came out.
    assertTrue(
        lock.matches("(?s).*\n2026-01-01\\.fr sha256:[0-9a-f]{64} published 2026-02-03\n.*"), lock);
    assertEquals(
        0,
        lint().findings().stream().filter(f -> f.ruleId().startsWith("versions-")).count(),
        lint().findings().toString());

    Path fr = policy.resolve("versions/2026-01-01.fr.yaml");
    Files.writeString(fr, Files.readString(fr, UTF_8).replace("Vos droits", "Vos libertés"), UTF_8);
    assertEquals(
        1,
        lint().findings().stream().filter(f -> f.ruleId().equals("versions-changed")).count(),
        lint().findings().toString());
  }

  @Test
  void aStaleTranslationIsRefusedAndNothingChanges() throws Exception {
    Path fr = policy.resolve("versions/2026-01-01.fr.yaml");
    String before = Files.readString(fr, UTF_8).replace("adff5ceefd", "0000000000");
    Files.writeString(fr, before, UTF_8);
    WorkflowException e =
        assertThrows(
            WorkflowException.class,
            () -> PublishTranslation.publish(root, Optional.empty(), Optional.empty(), "fr", root));
    assertTrue(
        e.getMessage().contains("section.rights.body was translated from an earlier wording"),
        e.getMessage());
    assertEquals(before, Files.readString(fr, UTF_8));
  }
}
