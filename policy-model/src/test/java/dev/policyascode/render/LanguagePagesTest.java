package dev.policyascode.render;

import static java.nio.charset.StandardCharsets.UTF_8;
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
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The flagship in English and French: each language at its own folder, in its own words and dates,
 * the same sections under the same anchors, the pages of one version linked to each other by
 * hreflang and a switcher; a translation not yet published shown only with the drafts.
 */
class LanguagePagesTest {

  @TempDir Path out;

  private static Policy flagship() {
    return Linter.builder()
        .displayRoot(QucitPolicyTest.REPO)
        .build()
        .lint(QucitPolicyTest.POLICIES)
        .policies()
        .get(0);
  }

  private RenderResult render(Policy policy, boolean drafts) {
    return SiteRenderer.builder()
        .buildDate(LocalDate.of(2026, 12, 1))
        .policiesDir(QucitPolicyTest.POLICIES)
        .includeDrafts(drafts)
        .build()
        .render(List.of(policy), out);
  }

  private String page(String name) throws IOException {
    return Files.readString(out.resolve(name), UTF_8);
  }

  @Test
  void eachLanguageHasItsPermalinkItsMainPageArchiveAndFeed() throws IOException {
    List<String> files = render(flagship(), false).files();
    for (String f :
        List.of(
            "qucit-privacy/fr/2027-01-01/index.html",
            "qucit-privacy/fr/index.html",
            "qucit-privacy/fr/archive/index.html",
            "qucit-privacy/fr/feed.xml")) {
      assertTrue(files.contains(f), f + " in " + files);
    }
    // No French text of 2018-05-25 exists: no French page claims to be it.
    assertFalse(files.stream().anyMatch(f -> f.startsWith("qucit-privacy/fr/2018-05-25/")));
    // One sitemap per policy, the main language's.
    assertFalse(files.contains("qucit-privacy/fr/sitemap.xml"));

    String fr = page("qucit-privacy/fr/2027-01-01/index.html");
    assertTrue(fr.contains("<html lang=\"fr\">"), fr);
    assertTrue(fr.contains("1er janvier 2027"), "French date");
    assertTrue(
        fr.contains("</span> Données fournies par les Utilisateurs</h3>"), "translated title");
    // Facts come from the version: the period in French words.
    assertTrue(fr.contains("pendant 1 an suivant le jour de l’opération"), fr);
    assertTrue(page("qucit-privacy/fr/feed.xml").contains("xml:lang=\"fr\""));
  }

  @Test
  void theLanguagesOfOneVersionHaveTheSameSectionsAndPointAtEachOther() throws IOException {
    render(flagship(), false);
    String en = page("qucit-privacy/2027-01-01/index.html");
    String fr = page("qucit-privacy/fr/2027-01-01/index.html");
    assertEquals(ids(en), ids(fr));
    for (String p : List.of(en, fr)) {
      assertTrue(
          p.contains(
              "<link rel=\"alternate\" hreflang=\"en\" href=\"https://qucit.com/privacy/2027-01-01/\">"),
          p);
      assertTrue(
          p.contains(
              "<link rel=\"alternate\" hreflang=\"fr\""
                  + " href=\"https://qucit.com/privacy/fr/2027-01-01/\">"));
      assertTrue(
          p.contains("hreflang=\"x-default\" href=\"https://qucit.com/privacy/2027-01-01/\""));
    }
    // The switcher's links are relative, and land on the other language's page.
    assertTrue(
        en.contains("<a href=\"../fr/2027-01-01/\" hreflang=\"fr\" lang=\"fr\">Français</a>"));
    assertTrue(
        fr.contains("<a href=\"../../2027-01-01/\" hreflang=\"en\" lang=\"en\">English</a>"));
    assertTrue(
        Files.isRegularFile(
            out.resolve("qucit-privacy/fr/2027-01-01/../../2027-01-01/index.html")));
    // The French main page shows the French text and points at the English one of its version.
    String frMain = page("qucit-privacy/fr/index.html");
    assertTrue(
        frMain.contains("<a href=\"../2027-01-01/\" hreflang=\"en\" lang=\"en\">English</a>"));
  }

  @Test
  void aVersionShownInOneLanguageHasNoAlternatesNorSwitcher() throws IOException {
    render(flagship(), false);
    for (String p : List.of("qucit-privacy/2018-05-25/index.html", "qucit-privacy/index.html")) {
      String html = page(p);
      assertFalse(html.contains("hreflang"), p);
      assertFalse(html.contains("class=\"versions languages\""), p);
    }
  }

  @Test
  void aDraftTranslationIsShownOnlyWithTheDraftsAndAsADraft() throws IOException {
    Policy p = flagship();
    List<Translation> drafts =
        p.translations().stream()
            .map(
                t ->
                    new Translation(
                        t.version(), t.language(), Status.DRAFT, t.texts(), t.at(), t.positions()))
            .toList();
    Policy draft =
        new Policy(
            p.id(),
            p.title(),
            p.controller(),
            p.jointControllers(),
            p.dpo(),
            p.representative(),
            p.supervisoryAuthority(),
            p.languages(),
            p.baseUrl(),
            p.numbering(),
            p.at(),
            p.versions(),
            p.positions(),
            drafts,
            p.storeLabels());
    List<String> files = render(draft, false).files();
    assertFalse(files.stream().anyMatch(f -> f.contains("/fr/")), files.toString());
    assertFalse(page("qucit-privacy/2027-01-01/index.html").contains("hreflang"));

    render(draft, true);
    String fr = page("qucit-privacy/fr/2027-01-01/index.html");
    assertTrue(fr.contains("<meta name=\"robots\" content=\"noindex\">"), fr);
    assertTrue(fr.contains("Projet – pas en vigueur."), fr);
  }

  @Test
  void aChangedTranslationRendersItsLanguageAgainAndNothingElse() throws IOException {
    Path policies = out.resolve("policies");
    Path copy = policies.resolve("qucit-privacy");
    Files.createDirectories(copy.resolve("versions"));
    Path flagship = QucitPolicyTest.POLICIES.resolve("qucit-privacy");
    for (String f :
        List.of(
            "policy.yaml",
            "versions.lock",
            "versions/2018-05-25.yaml",
            "versions/2027-01-01.yaml",
            "versions/2027-01-01.fr.yaml")) {
      Files.copy(flagship.resolve(f), copy.resolve(f));
    }
    Path site = out.resolve("site");
    Path state = out.resolve("site.state");
    assertTrue(incremental(policies, site, state).rendered() > 0);
    RenderResult again = incremental(policies, site, state);
    assertTrue(again.upToDate(), "the French pages are kept when nothing changed");

    Path fr = copy.resolve("versions/2027-01-01.fr.yaml");
    Files.writeString(fr, Files.readString(fr, UTF_8).replace("Ainsi", "De cette manière"), UTF_8);
    RenderResult changed = incremental(policies, site, state);
    long french = changed.files().stream().filter(f -> f.startsWith("qucit-privacy/fr/")).count();
    assertEquals(french, changed.rendered(), "the French files, and only they");
    assertTrue(
        Files.readString(site.resolve("qucit-privacy/fr/2027-01-01/index.html"), UTF_8)
            .contains("De cette manière"));
  }

  private static RenderResult incremental(Path policies, Path site, Path state) {
    dev.policyascode.lint.LintReport report = Linter.builder().build().lint(policies);
    return SiteRenderer.builder()
        .buildDate(LocalDate.of(2026, 12, 1))
        .sources(report.digests())
        .stateFile(state)
        .build()
        .render(report.policies(), site);
  }

  @Test
  void theWayBetweenTwoFolders() {
    assertEquals(
        "../fr/2027-01-01/", PolicyLanguages.relative("a/2027-01-01/", "a/fr/2027-01-01/"));
    assertEquals(
        "../../2027-01-01/", PolicyLanguages.relative("a/fr/2027-01-01/", "a/2027-01-01/"));
    assertEquals("2027-01-01/", PolicyLanguages.relative("a/", "a/2027-01-01/"));
    assertEquals("./", PolicyLanguages.relative("a/fr/", "a/fr/"));
    assertEquals("Français", PolicyLanguages.nativeName("fr"));
    assertEquals("Deutsch", PolicyLanguages.nativeName("de"));
  }

  private static List<String> ids(String html) {
    Matcher m = Pattern.compile("<section id=\"([^\"]+)\"").matcher(html);
    List<String> out = new java.util.ArrayList<>();
    while (m.find()) out.add(m.group(1));
    assertFalse(out.isEmpty());
    return out;
  }
}
