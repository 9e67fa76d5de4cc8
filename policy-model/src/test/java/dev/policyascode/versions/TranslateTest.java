package dev.policyascode.versions;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policyascode.diagnostics.Finding;
import dev.policyascode.lint.Linter;
import dev.policyascode.load.PolicyLoader;
import dev.policyascode.model.Translation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** policy:translate starts a translation, marks texts translated, and carries one over. */
class TranslateTest {

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
  }

  private List<Finding> findings(String rulePrefix) {
    return Linter.builder().displayRoot(root).build().lint(root).findings().stream()
        .filter(f -> f.ruleId().startsWith(rulePrefix))
        .toList();
  }

  private Translation french(String version) {
    return new PolicyLoader(root)
        .load(root)
        .policies()
        .get(0)
        .translation(version, "fr")
        .orElseThrow();
  }

  private List<String> translate(String version, Set<String> translated) throws Exception {
    return Translate.run(root, Optional.empty(), Optional.of(version), "fr", translated, root);
  }

  @Test
  void aNewTranslationHasEveryTextWithItsSourceAsACommentAndNoneMarked() throws Exception {
    List<String> log = translate("2026-01-01", Set.of());
    assertTrue(log.get(0).contains("6 texts, 6 new to translate"), log.toString());
    String file = Files.readString(policy.resolve("versions/2026-01-01.fr.yaml"), UTF_8);
    assertTrue(file.contains("  #   Who we are\n  - key: section.intro.title\n"), file);
    Translation t = french("2026-01-01");
    assertEquals(6, t.texts().size());
    // each text holds its source, word for word, until it is translated
    assertEquals(
        "You may ask us for a copy of your Personal Data:\n\n```policy\nlist: definitions\n```\n",
        t.text("section.rights.body").orElseThrow().text().text());
    assertEquals(6, findings("translations-missing").size(), findings("").toString());
  }

  @Test
  void markingATextTranslatedRecordsItsSourceFingerprintAndKeepsTheWords() throws Exception {
    translate("2026-01-01", Set.of());
    Path fr = policy.resolve("versions/2026-01-01.fr.yaml");
    Files.writeString(
        fr,
        Files.readString(fr, UTF_8).replace("text: \"Who we are\"", "text: \"Qui nous sommes\""));
    translate("2026-01-01", Set.of("section.intro.title"));
    assertEquals(
        Optional.of("696ab4d5bf"), french("2026-01-01").text("section.intro.title").get().source());
    assertEquals(
        "Qui nous sommes", french("2026-01-01").text("section.intro.title").get().text().text());
    assertEquals(5, findings("translations-missing").size());
    translate("2026-01-01", Set.of(Translate.ALL));
    assertEquals(List.of(), findings("translations-"));
  }

  @Test
  void aDraftSuccessorCarriesTheTranslationOverAndOnlyTheEditedTextIsStale() throws Exception {
    Files.copy(
        FIXTURE.resolve("2026-01-01.fr.yaml"), policy.resolve("versions/2026-01-01.fr.yaml"));
    Publish.publish(root, Optional.empty(), Optional.empty(), root);
    PublishTranslation.publish(root, Optional.empty(), Optional.empty(), "fr", root);
    NewVersion.start(root, Optional.empty(), "2026-06-01", Optional.empty(), root);
    Path draft = policy.resolve("versions/2026-06-01.yaml");
    Files.writeString(
        draft, Files.readString(draft, UTF_8).replace("You may ask us", "You may ask Example SAS"));
    List<String> log = translate("2026-06-01", Set.of());
    assertTrue(log.get(1).contains("from 2026-01-01.fr.yaml"), log.toString());
    List<Finding> stale = findings("translations-stale");
    assertEquals(1, stale.size(), stale.toString());
    assertTrue(stale.get(0).message().contains("section rights"), stale.get(0).message());
    assertTrue(
        stale.get(0).message().contains("\"us\" became \"Example SAS\""), stale.get(0).message());
    assertEquals(List.of(), findings("translations-missing"));
  }

  @Test
  void aPublishedTranslationIsNeverRewritten() throws Exception {
    Files.copy(
        FIXTURE.resolve("2026-01-01.fr.yaml"), policy.resolve("versions/2026-01-01.fr.yaml"));
    Publish.publish(root, Optional.empty(), Optional.empty(), root);
    PublishTranslation.publish(root, Optional.empty(), Optional.empty(), "fr", root);
    assertThrows(WorkflowException.class, () -> translate("2026-01-01", Set.of(Translate.ALL)));
  }
}
