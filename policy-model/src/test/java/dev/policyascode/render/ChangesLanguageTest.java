package dev.policyascode.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policyascode.diff.Change;
import dev.policyascode.diff.Redlines;
import dev.policyascode.diff.StructuredChanges;
import dev.policyascode.lint.Linter;
import dev.policyascode.model.Policy;
import dev.policyascode.text.BuiltInLabels;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The summary of what changed speaks the policy's language: the history sample (a shorter
 * retention, a new US subprocessor with its transfer, a new section) declared French or German gets
 * its summary lines, area titles, periods and country names in that language, and its feed keeps
 * the ids the English lines gave.
 */
class ChangesLanguageTest {

  @TempDir Path dir;

  /** The history sample with {@code languages: [lang]}; the versions stay as they are. */
  private Path sample(String lang) throws IOException {
    Path from = VersionHistoryTest.HISTORY.resolve("sample-privacy");
    Path root = dir.resolve(lang + "/policies");
    Path to = root.resolve("sample-privacy");
    try (Stream<Path> files = Files.walk(from)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Path target = to.resolve(from.relativize(f).toString());
        Files.createDirectories(target.getParent());
        Files.copy(f, target);
      }
    }
    Path policy = to.resolve("policy.yaml");
    Files.writeString(
        policy, Files.readString(policy).replace("languages: [en]", "languages: [" + lang + "]"));
    return root;
  }

  private Policy policy(String lang) throws IOException {
    return Linter.builder().build().lint(sample(lang)).policies().get(0);
  }

  private static List<String> summary(Policy p) {
    return StructuredChanges.between(
            p.versions().get(0),
            p.versions().get(1),
            BuiltInLabels.of(p.language()),
            p.language(),
            new Redlines())
        .stream()
        .map(Change::text)
        .toList();
  }

  @Test
  void aFrenchPairOfVersionsGetsAFrenchSummary() throws IOException {
    assertEquals(
        List.of(
            "Section 1 « Who we are » : texte modifié (1 mot)",
            "Section 2 « Storage » : texte modifié (2 mots)",
            "Section 3 « Backups » ajoutée",
            "Renumérotées, texte inchangé sauf mention : 3 → 4 (Your rights)",
            "Durée de conservation – Prospect data : 3 ans → 2 ans",
            "Ajout : Amazon Web Services (sous-traitant, États-Unis)",
            "Ajout : Amazon Web Services – États-Unis (clauses types de protection des données)"),
        summary(policy("fr")));
  }

  @Test
  void aGermanPairOfVersionsGetsAGermanSummary() throws IOException {
    assertEquals(
        List.of(
            "Abschnitt 1 „Who we are“: Text geändert (1 Wort)",
            "Abschnitt 2 „Storage“: Text geändert (2 Wörter)",
            "Abschnitt 3 „Backups“ hinzugefügt",
            "Neu nummeriert, Text unverändert, sofern nicht aufgeführt: 3 → 4 (Your rights)",
            "Speicherdauer – Prospect data: 3 Jahre → 2 Jahre",
            "Hinzugefügt: Amazon Web Services (Auftragsverarbeiter, Vereinigte Staaten)",
            "Hinzugefügt: Amazon Web Services – Vereinigte Staaten (Standarddatenschutzklauseln)"),
        summary(policy("de")));
  }

  @Test
  void theEnglishLabelsGiveWhatTheSummarySaidBefore() throws IOException {
    Policy p = policy("en");
    assertEquals(
        StructuredChanges.between(p.versions().get(0), p.versions().get(1)).stream()
            .map(Change::text)
            .toList(),
        summary(p));
    assertTrue(
        summary(p).contains("Retention of Prospect data: 3 years → 2 years"), summary(p)::toString);
  }

  @Test
  void aFrenchChangesPageAndFeedAreFrench() throws IOException {
    Path site = dir.resolve("site-fr");
    SiteRenderer.builder().build().render(List.of(policy("fr")), site);
    String page = Files.readString(site.resolve("sample-privacy/2025-01-01/changes/index.html"));
    assertTrue(page.contains("<h2>En bref</h2>"), page);
    assertTrue(page.contains("<h3>Durées de conservation</h3>"), page);
    assertTrue(page.contains("<h3>Transferts hors de l’EEE</h3>"), page);
    assertTrue(page.contains("Durée de conservation – Prospect data : 3 ans → 2 ans"), page);
    assertTrue(page.contains("Backups (ajoutée)"), page);
    String feed = Files.readString(site.resolve("sample-privacy/feed.xml"));
    assertTrue(
        feed.contains("Sous-traitants – Ajout : Amazon Web Services (sous-traitant, États-Unis)"),
        feed);
  }

  @Test
  void aFeedEntrysIdDoesNotDependOnTheLanguage() throws IOException {
    SiteRenderer.builder().build().render(List.of(policy("en")), dir.resolve("site-en"));
    SiteRenderer.builder().build().render(List.of(policy("fr")), dir.resolve("site-fr"));
    List<String> english = ids(dir.resolve("site-en/sample-privacy/feed.xml"));
    List<String> french = ids(dir.resolve("site-fr/sample-privacy/feed.xml"));
    assertTrue(english.size() >= 3, english::toString); // two versions and a subprocessor
    assertEquals(english, french);
  }

  private static List<String> ids(Path feed) throws IOException {
    Matcher m = Pattern.compile("<id>([^<]*)</id>").matcher(Files.readString(feed));
    return m.results().map(r -> r.group(1)).toList();
  }
}
