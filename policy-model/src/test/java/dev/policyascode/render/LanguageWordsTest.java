package dev.policyascode.render;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policyascode.lint.Linter;
import dev.policyascode.model.Policy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The facts the tool writes into a French or German policy's pages are in that language's form:
 * dates ("1er janvier 2027", "1. Januar 2027", never the English order "1 Januar 2027") and the
 * word a link to a section shows ("Abschnitt 2"), on the page, the archive, the changes and the
 * record.
 */
class LanguageWordsTest {

  @TempDir Path dir;

  /** A policy in {@code lang} with two published versions, the second effective 1 January 2027. */
  private List<Policy> policy(String lang) throws IOException {
    Path root = dir.resolve("policies");
    RenderSafetyTest.write(
        root.resolve("p/policy.yaml"),
        """
        format: 1
        id: p
        title: Datenschutz
        controller:
          name: Beispiel GmbH
        languages: [%s]
        """
            .formatted(lang));
    for (String[] v :
        new String[][] {{"2026-05-25", "Wer wir sind."}, {"2027-01-01", "Siehe [](#zwei)."}}) {
      RenderSafetyTest.write(
          root.resolve("p/versions/" + v[0] + ".yaml"),
          """
          format: 1
          version: %s
          effective: %s
          status: published
          data_subjects:
            - {id: kunden, name: Kunden}
          data_categories:
            - {id: email, name: E-Mail}
          activities:
            - id: konto
              name: Kundenkonto
              purposes: [Vertrag]
              legal_basis: contract
              data_subjects: [kunden]
              data_categories: [email]
          sections:
            - id: eins
              title: Wer
              body: %s
            - id: zwei
              title: Rechte
              body: Ihre Rechte.
          """
              .formatted(v[0], v[0], v[1]));
    }
    return Linter.builder().displayRoot(root).build().lint(root).policies();
  }

  private String site(List<Policy> policies, String page) throws IOException {
    // On the day the second version takes effect: the policy's page shows it.
    SiteRenderer.builder()
        .buildDate(java.time.LocalDate.of(2027, 1, 1))
        .build()
        .render(policies, dir.resolve("site"));
    return Files.readString(dir.resolve("site/p/" + page));
  }

  @Test
  void aGermanPageWritesGermanDatesAndReferences() throws IOException {
    List<Policy> policies = policy("de-DE");
    String html = site(policies, "index.html");
    assertTrue(html.contains("<time datetime=\"2027-01-01\">1. Januar 2027</time>"), html);
    assertTrue(html.contains("Siehe <a rel=\"nofollow\" href=\"#zwei\">Abschnitt 2</a>."), html);
    String md = Files.readString(dir.resolve("site/p/index.md"));
    assertTrue(md.contains("Siehe [Abschnitt 2](#zwei)."), md);
    String archive = Files.readString(dir.resolve("site/p/archive/index.html"));
    assertTrue(archive.contains(">25. Mai 2026</time>"), archive);
    String changes = Files.readString(dir.resolve("site/p/2027-01-01/changes/index.html"));
    assertTrue(changes.contains(">1. Januar 2027</time>"), changes);
    assertTrue(changes.contains("<ins>Abschnitt 2</ins>.</p>"), changes);
  }

  @Test
  void aFrenchPageWritesTheFirstOfTheMonthAsAnOrdinal() throws IOException {
    List<Policy> policies = policy("fr");
    String html = site(policies, "index.html");
    assertTrue(html.contains("<time datetime=\"2027-01-01\">1er janvier 2027</time>"), html);
    // French says "section" as English does: the word stays what the French pages said.
    assertTrue(html.contains("<a rel=\"nofollow\" href=\"#zwei\">section 2</a>"), html);
    String archive = Files.readString(dir.resolve("site/p/archive/index.html"));
    assertTrue(archive.contains(">25 mai 2026</time>"), archive);
  }

  @Test
  void theRecordOfProcessingWritesTheDateInTheLanguagesForm() throws IOException {
    List<Policy> policies = policy("de");
    RegisterRenderer.withTemplates(null).render(policies, dir.resolve("register"));
    String html = Files.readString(dir.resolve("register/p/register.html"));
    assertTrue(html.contains(">1. Januar 2027</time>"), html);
    RegisterRenderer.withTemplates(null).render(policy("fr"), dir.resolve("register-fr"));
    String fr = Files.readString(dir.resolve("register-fr/p/register.html"));
    assertTrue(fr.contains(">1er janvier 2027</time>"), fr);
  }
}
