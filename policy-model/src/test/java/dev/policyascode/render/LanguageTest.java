package dev.policyascode.render;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policyascode.lint.LintReport;
import dev.policyascode.lint.Linter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The page around the policy speaks the policy's language, and a project can change its words. */
class LanguageTest {

  @TempDir Path dir;

  Path frenchPolicy() throws IOException {
    Path root = dir.resolve("policies");
    RenderSafetyTest.write(
        root.resolve("p/policy.yaml"),
        """
        format: 1
        id: p
        title: Politique de confidentialité
        controller:
          name: Exemple SAS
        languages: [fr-FR]
        """);
    RenderSafetyTest.write(
        root.resolve("p/versions/2018-05-25.yaml"),
        """
        format: 1
        version: 2018-05-25
        effective: 2018-05-25
        status: published
        sections:
          - id: qui
            title: Qui sommes-nous
            body: Exemple SAS traite vos données.
        """);
    return root;
  }

  @Test
  void aFrenchPolicyGetsAFrenchPage() throws IOException {
    Path root = frenchPolicy();
    LintReport report = Linter.builder().displayRoot(root).build().lint(root);
    SiteRenderer.builder().build().render(report.policies(), dir.resolve("site"));
    String html = Files.readString(dir.resolve("site/p/index.html"));
    assertTrue(html.contains("<html lang=\"fr-FR\">"), html);
    assertTrue(html.contains("Sommaire"), html);
    assertTrue(
        html.contains("en vigueur le <time datetime=\"2018-05-25\">25 mai 2018</time>"),
        html); // French typography: a no-break space before the colon.
    String archive = Files.readString(dir.resolve("site/p/archive/index.html"));
    assertTrue(
        archive.contains("<h1>Politique de confidentialité\u00a0: Toutes les versions</h1>"),
        archive);
  }

  @Test
  void aProjectsOwnLabelsWin() throws IOException {
    Path root = frenchPolicy();
    Path templates = dir.resolve("templates");
    RenderSafetyTest.write(
        templates.resolve("labels_fr.properties"), "contents=Table des matières\n");
    LintReport report = Linter.builder().displayRoot(root).build().lint(root);
    SiteRenderer.builder()
        .templateDir(templates)
        .build()
        .render(report.policies(), dir.resolve("site"));
    String html = Files.readString(dir.resolve("site/p/index.html"));
    assertTrue(html.contains("Table des matières"), html);
    assertTrue(html.contains("Aller au texte"), "the other words stay the built-in French ones");
  }

  @Test
  void aRetentionPeriodInAFrenchTextIsInFrench() throws IOException {
    Path root = frenchPolicy();
    RenderSafetyTest.write(
        root.resolve("p/versions/2018-05-25.yaml"),
        """
        format: 1
        version: 2018-05-25
        effective: 2018-05-25
        status: published
        retention:
          - id: garder
            period: P1Y6M
            from: la fin du contrat
            statement: "Nous gardons les commandes {period} à compter de {from}."
        sections:
          - id: duree
            title: Durée de conservation
            body: |
              ```policy
              paragraphs: retention
              ```
        """);
    LintReport report = Linter.builder().displayRoot(root).build().lint(root);
    SiteRenderer.builder().build().render(report.policies(), dir.resolve("site"));
    for (String page : new String[] {"index.html", "index.md"}) {
      String text = Files.readString(dir.resolve("site/p/" + page));
      assertTrue(text.contains("Nous gardons les commandes 1 an et 6 mois à compter de"), text);
    }
  }
}
