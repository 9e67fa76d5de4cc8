package dev.policyascode.render;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policyascode.lint.Linter;
import dev.policyascode.model.Policy;
import dev.policyascode.model.Status;
import dev.policyascode.model.Translation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The record of processing and the compliance matrix of the flagship in French, beside the English
 * ones under {@code qucit-privacy/fr/}: the translation's words, French page words and dates; and a
 * policy in one language writes exactly what it wrote before languages had records.
 */
class LanguageRecordsTest {

  /** A French activity name of 2027-01-01.fr.yaml (English: "Account management and …"). */
  private static final String FRENCH_ACTIVITY = "Gestion des Comptes et fourniture des Services";

  @TempDir Path out;

  private static Policy flagship() {
    return Linter.builder()
        .displayRoot(QucitPolicyTest.REPO)
        .build()
        .lint(QucitPolicyTest.POLICIES)
        .policies()
        .get(0);
  }

  /** The flagship with other languages and translations. */
  private static Policy with(
      Policy p, List<String> languages, UnaryOperator<List<Translation>> translations) {
    return new Policy(
        p.id(),
        p.title(),
        p.controller(),
        p.jointControllers(),
        p.dpo(),
        p.representative(),
        p.supervisoryAuthority(),
        languages,
        p.baseUrl(),
        p.numbering(),
        p.at(),
        p.versions(),
        p.positions(),
        translations.apply(p.translations()),
        p.storeLabels());
  }

  private String file(String name) throws IOException {
    return Files.readString(out.resolve(name), UTF_8);
  }

  @Test
  void theFrenchRecordHoldsTheTranslationsWordsAndFrenchPageWords() throws IOException {
    List<String> files =
        RegisterRenderer.withTemplates(null).render(List.of(flagship()), out).files();
    for (String name : List.of("register", "processor-register")) {
      for (String ext : List.of(".html", ".md", ".csv")) {
        assertTrue(files.contains("qucit-privacy/fr/" + name + ext), name + ext + " in " + files);
      }
    }
    String html = file("qucit-privacy/fr/register.html");
    assertTrue(html.contains("<html lang=\"fr\">"), "lang");
    assertTrue(html.contains("<h1>Registre des activités de traitement</h1>"), "page words");
    assertTrue(html.contains(FRENCH_ACTIVITY), "translated activity");
    assertFalse(html.contains("Account management and provision"), "no English activity name");
    assertTrue(html.contains("1er janvier 2027"), "French date");
    String csv = file("qucit-privacy/fr/register.csv");
    assertTrue(csv.contains("\"Activité de traitement\""), "French header");
    assertTrue(csv.contains("\"account-services\",\"" + FRENCH_ACTIVITY + "\""), csv);
    // The English record is the one it always was.
    assertTrue(file("qucit-privacy/register.csv").contains("Account management and provision"));
  }

  @Test
  void aLanguageWhoseTranslationOfTheRecordsVersionIsADraftHasNoRecord() {
    Policy draft =
        with(
            flagship(),
            flagship().languages(),
            ts ->
                ts.stream()
                    .map(
                        t ->
                            new Translation(
                                t.version(),
                                t.language(),
                                Status.DRAFT,
                                t.texts(),
                                t.at(),
                                t.positions()))
                    .toList());
    List<String> files = RegisterRenderer.withTemplates(null).render(List.of(draft), out).files();
    assertFalse(files.stream().anyMatch(f -> f.contains("/fr/")), files.toString());
  }

  @Test
  void aPolicyInOneLanguageWritesTheRecordItAlwaysDid() throws IOException {
    Policy english = with(flagship(), List.of("en"), ts -> List.of());
    List<String> files =
        RegisterRenderer.withTemplates(null).render(List.of(english), out).files().stream()
            .sorted()
            .toList();
    List<String> expected =
        List.of("csv", "html", "md").stream()
            .flatMap(
                ext ->
                    List.of(
                        "qucit-privacy/processor-register." + ext, "qucit-privacy/register." + ext)
                        .stream())
            .sorted()
            .toList();
    assertEquals(expected, files);
    for (String f : files) {
      assertArrayEquals(
          Files.readAllBytes(RegisterGoldenTest.GOLDEN.resolve(f)),
          Files.readAllBytes(out.resolve(f)),
          f);
    }
  }

  @Test
  void theFrenchComplianceMatrixChecksTheTranslatedVersion() throws IOException {
    List<String> files = new ComplianceRenderer(null).render(List.of(flagship()), out).files();
    assertTrue(files.contains("qucit-privacy/fr/2027-01-01/compliance.html"), files.toString());
    assertTrue(files.contains("qucit-privacy/fr/2027-01-01/compliance.json"), files.toString());
    // No French text of 2018-05-25: no French matrix of it.
    assertFalse(files.stream().anyMatch(f -> f.startsWith("qucit-privacy/fr/2018-05-25/")));
    String json = file("qucit-privacy/fr/2027-01-01/compliance.json");
    assertTrue(json.contains("\"policy\": \"qucit-privacy\""), json);
    assertTrue(json.contains("\"language\": \"fr\""), json);
    assertTrue(json.contains("2027-01-01.fr.yaml\""), "the file the words come from");
    assertTrue(json.contains("Données fournies par les Utilisateurs"), "a French section title");
    String html = file("qucit-privacy/fr/2027-01-01/compliance.html");
    assertTrue(html.contains("lang=\"fr\""), "the French parts say so");
    assertTrue(html.contains("<ul lang=\"fr\"><li>"), "the French section titles say so");
    assertTrue(html.contains(FRENCH_ACTIVITY), "the data map in French");
    assertTrue(html.contains("Langage clair et simple"), "French page words");
    // The English matrix is the version's own, as before.
    String en = file("qucit-privacy/2027-01-01/compliance.json");
    assertTrue(en.contains("2027-01-01.yaml\""), "the version's file");
    assertFalse(en.contains("\"language\": \"fr\""), en);
    assertFalse(en.contains(FRENCH_ACTIVITY), "no French words in the English matrix");
  }
}
