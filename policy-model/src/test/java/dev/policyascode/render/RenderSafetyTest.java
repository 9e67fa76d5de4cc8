package dev.policyascode.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policyascode.lint.LintReport;
import dev.policyascode.lint.Linter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile text in the YAML never reaches a page as markup, and templates cannot reach Java. */
class RenderSafetyTest {

  /**
   * Inline: a paragraph whose links and HTML are parsed as such, not swallowed by an HTML block.
   */
  static final String HOSTILE =
      "See [click](javascript:alert(3)) [data](data:text/html;base64,PHNjcmlwdD4=)"
          + " ![pixel](https://tracker.example/p.png) <img src=x onerror=alert(2)>"
          + " <a href=\"https://x.example\" onclick=\"alert(4)\">a</a> <script>alert(1)</script>";

  /** A block: a line that starts with raw HTML is an HTML block in CommonMark. */
  static final String HOSTILE_BLOCK = "<script>alert(1)</script>";

  @TempDir Path dir;

  static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  /** A one-policy folder whose version has {@code hostile} in its title, preamble and a body. */
  static Path policy(Path dir, String title, String body, String status) throws IOException {
    Path root = dir.resolve("policies");
    write(
        root.resolve("p/policy.yaml"),
        """
        format: 1
        id: p
        title: "%s"
        controller:
          name: Example SAS
        languages: [en]
        """
            .formatted(title.replace("\"", "\\\"")));
    write(
        root.resolve("p/versions/2024-01-01.yaml"),
        """
        format: 1
        version: 2024-01-01
        effective: 2024-01-01
        status: %s
        preamble: |
          %s
        sections:
          - id: one
            title: "%s"
            body: |
              %s
        """
            .formatted(status, body, title.replace("\"", "\\\""), body));
    return root;
  }

  LintReport lint(Path root) {
    LintReport report = Linter.builder().displayRoot(root).build().lint(root);
    assertEquals(
        List.of(),
        report.findings().stream().filter(f -> f.ruleId().startsWith("schema-")).toList());
    return report;
  }

  @Test
  void hostileProseAndTitlesDoNotReachThePageAsMarkup() throws IOException {
    assertSafe(HOSTILE);
  }

  @Test
  void rawHtmlBlocksDoNotReachThePageAsMarkup() throws IOException {
    assertSafe(HOSTILE_BLOCK);
  }

  private void assertSafe(String hostile) throws IOException {
    Path root = policy(dir, "Policy <script>alert(5)</script>", hostile, "published");
    Path site = dir.resolve("site");
    SiteRenderer.builder().build().render(lint(root).policies(), site);
    for (String page : List.of("p/index.html", "p/2024-01-01/index.html")) {
      String html = Files.readString(site.resolve(page)).toLowerCase(Locale.ROOT);
      assertFalse(html.contains("<script"), page);
      assertFalse(html.contains("<img"), page);
      assertFalse(
          html.matches("(?s).*<[^>]*\\son\\w+=.*"), "no event handler attribute in " + page);
      assertFalse(html.contains("href=\"javascript:"), page);
      assertFalse(html.contains("href=\"data:text"), page);
      assertFalse(html.contains("src=\"https://tracker"), "nothing loads from elsewhere: " + page);
      assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "raw HTML shows as text");
    }
    String md = Files.readString(site.resolve("p/2024-01-01/index.md"));
    // the only markup allowed is the renderer's own anchors; an escaped \\< is text
    String withoutAnchors = md.replaceAll("<a id=\"[a-z0-9-]+\"></a>", "");
    assertFalse(withoutAnchors.matches("(?s).*(?<!\\\\)<[a-zA-Z/].*"), md);
    assertFalse(md.contains("](javascript:"), md);
    assertFalse(md.contains("](data:"), md);
    assertFalse(md.contains("!["), "no image in Markdown either: " + md);
  }

  @Test
  void aTemplateCannotCreateJavaObjects() throws IOException {
    Path root = policy(dir, "Policy", "Text.", "published");
    Path templates = dir.resolve("templates");
    write(
        templates.resolve("page.ftlh"),
        "<#assign ex = \"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}");
    LintReport report = lint(root);
    RenderException e =
        assertThrows(
            RenderException.class,
            () ->
                SiteRenderer.builder()
                    .templateDir(templates)
                    .build()
                    .render(report.policies(), dir.resolve("site")));
    assertTrue(e.getMessage().contains("could not render"), e.getMessage());
  }

  @Test
  void aTemplateCannotReachTheApiOfItsValues() throws IOException {
    Path root = policy(dir, "Policy", "Text.", "published");
    Path templates = dir.resolve("templates");
    write(templates.resolve("page.ftlh"), "${title?api.getClass()}");
    LintReport report = lint(root);
    assertThrows(
        RenderException.class,
        () ->
            SiteRenderer.builder()
                .templateDir(templates)
                .build()
                .render(report.policies(), dir.resolve("site")));
  }

  @Test
  void aFailedRenderLeavesThePreviousOutputAsItWas() throws IOException {
    Path root = policy(dir, "Policy", "Text.", "published");
    LintReport report = lint(root);
    Path site = dir.resolve("site");
    SiteRenderer.builder().build().render(report.policies(), site);
    String before = Files.readString(site.resolve("p/index.html"));
    Path templates = dir.resolve("templates");
    write(templates.resolve("page.md.ftl"), "${noSuchValue}");
    assertThrows(
        RenderException.class,
        () ->
            SiteRenderer.builder().templateDir(templates).build().render(report.policies(), site));
    assertEquals(before, Files.readString(site.resolve("p/index.html")));
    try (var files = Files.list(dir)) {
      assertEquals(
          List.of("policies", "site", "templates"),
          files.map(p -> p.getFileName().toString()).sorted().toList(),
          "no temporary folder left behind");
    }
  }

  @Test
  void aSuccessfulRenderReplacesTheFolderWhole() throws IOException {
    Path root = policy(dir, "Policy", "Text.", "published");
    Path site = dir.resolve("site");
    SiteRenderer.builder().build().render(lint(root).policies(), site);
    // What an earlier render of a version since deleted left in the (marked) output folder.
    write(site.resolve("p/1999-01-01/index.html"), "a deleted version");
    SiteRenderer.builder().build().render(lint(root).policies(), site);
    assertFalse(Files.exists(site.resolve("p/1999-01-01")), "no page of a deleted version lingers");
  }

  @Test
  void draftsRenderOnlyWhenAskedAndNeverAsLatest() throws IOException {
    Path root = policy(dir, "Policy", "Text.", "draft");
    LintReport report = lint(root);
    Path site = dir.resolve("site");
    RenderResult none = SiteRenderer.builder().build().render(report.policies(), site);
    assertEquals(List.of(), none.files());
    RenderResult drafts =
        SiteRenderer.builder().includeDrafts(true).build().render(report.policies(), site);
    assertEquals(
        List.of(
            "p/2024-01-01/index.html",
            "p/2024-01-01/index.md",
            "p/2024-01-01/fragment.html",
            "p/archive/index.html",
            "p/archive/index.md"),
        drafts.files());
    assertTrue(
        Files.readString(site.resolve("p/2024-01-01/fragment.html"))
            .contains("Draft – not in force"));
    assertTrue(
        Files.readString(site.resolve("p/2024-01-01/index.html")).contains("Draft – not in force"));
    assertTrue(
        Files.readString(site.resolve("p/2024-01-01/index.md")).contains("Draft – not in force"));
  }
}
