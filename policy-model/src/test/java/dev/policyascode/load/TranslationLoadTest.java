package dev.policyascode.load;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policyascode.diagnostics.Finding;
import dev.policyascode.diagnostics.Position;
import dev.policyascode.model.Policy;
import dev.policyascode.model.Translation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The loader reads {@code versions/<version>.<language>.yaml} as a translation of the version. */
class TranslationLoadTest {

  static final String POLICY =
      """
      format: 1
      id: acme
      title: Privacy Policy
      controller:
        name: Acme
        country: FR
      languages: [en, fr]
      """;

  static final String VERSION =
      """
      format: 1
      version: 2027-01-01
      effective: 2027-01-01
      status: draft
      sections:
        - id: intro
          title: Who we are
          body: We are Acme.
      """;

  static final String FRENCH =
      """
      format: 1
      version: 2027-01-01
      language: fr
      status: draft
      texts:
        - key: section.intro.title
          source: 0123456789
          text: Qui nous sommes
        - key: section.intro.body
          text: Nous sommes Acme.
      """;

  @TempDir Path root;

  private LoadResult load(String policy, String french, String frenchName) throws IOException {
    Path dir = root.resolve("acme");
    Files.createDirectories(dir.resolve("versions"));
    Files.writeString(dir.resolve("policy.yaml"), policy, UTF_8);
    Files.writeString(dir.resolve("versions/2027-01-01.yaml"), VERSION, UTF_8);
    Files.writeString(dir.resolve("versions/" + frenchName), french, UTF_8);
    return new PolicyLoader(root).load(root);
  }

  @Test
  void readsATranslationBesideItsVersionWithEveryValuePlaced() throws IOException {
    LoadResult r = load(POLICY, FRENCH, "2027-01-01.fr.yaml");
    assertEquals(java.util.List.of(), r.findings());
    Policy p = r.policies().get(0);
    assertEquals(1, p.versions().size(), "a translation is not read as a version");
    Translation t = p.translation("2027-01-01", "fr").orElseThrow();
    assertEquals("2027-01-01.fr", t.lockId());
    assertEquals("Qui nous sommes", t.text("section.intro.title").orElseThrow().text().text());
    assertEquals(Optional.of("0123456789"), t.text("section.intro.title").orElseThrow().source());
    assertEquals(Optional.empty(), t.text("section.intro.body").orElseThrow().source());
    assertEquals(
        new Position("acme/versions/2027-01-01.fr.yaml", 10, 11),
        t.text("section.intro.body").orElseThrow().at("text"));
  }

  @Test
  void aLanguageThePolicyDoesNotListIsReportedAtTheLanguage() throws IOException {
    LoadResult r = load(POLICY.replace("[en, fr]", "[en]"), FRENCH, "2027-01-01.fr.yaml");
    assertEquals(1, r.findings().size(), r.findings().toString());
    Finding f = r.findings().get(0);
    assertEquals("schema-file-layout", f.ruleId());
    assertEquals(new Position("acme/versions/2027-01-01.fr.yaml", 3, 11), f.at());
    assertTrue(f.message().contains("languages: [en, fr]"), f.message());
  }

  @Test
  void aFileNamedForAnotherLanguageIsReported() throws IOException {
    LoadResult r = load(POLICY, FRENCH, "2027-01-01.de.yaml");
    assertEquals(1, r.findings().size(), r.findings().toString());
    assertTrue(r.findings().get(0).message().contains("rename the file to 2027-01-01.fr.yaml"));
  }

  @Test
  void aTranslationOfNoVersionIsReported() throws IOException {
    LoadResult r =
        load(
            POLICY,
            FRENCH.replace("version: 2027-01-01", "version: 2026-01-01"),
            "2026-01-01.fr.yaml");
    assertEquals(1, r.findings().size(), r.findings().toString());
    assertTrue(r.findings().get(0).message().contains("there is no version 2026-01-01"));
  }

  @Test
  void aBadFingerprintIsAWrongTypeAtItsValue() throws IOException {
    LoadResult r = load(POLICY, FRENCH.replace("0123456789", "abc"), "2027-01-01.fr.yaml");
    assertEquals(1, r.findings().size(), r.findings().toString());
    assertEquals("schema-wrong-type", r.findings().get(0).ruleId());
    assertEquals(new Position("acme/versions/2027-01-01.fr.yaml", 7, 13), r.findings().get(0).at());
  }
}
