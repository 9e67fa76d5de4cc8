package dev.policyascode.render;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policyascode.lint.LintReport;
import dev.policyascode.lint.Linter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Headings show section numbers in the policy's style, on the page, in its Markdown, in the
 * fragment, on the changes page and in the compliance matrix; references keep the plain number.
 */
class NumberingStyleTest {

  @TempDir Path dir;

  private Path site(String numbering) throws IOException {
    Path root = dir.resolve("policies");
    RenderSafetyTest.write(
        root.resolve("p/policy.yaml"),
        "format: 1\nid: p\ntitle: Privacy\ncontroller:\n  name: Acme\nlanguages: [en]\n"
            + (numbering == null ? "" : "numbering: \"" + numbering + "\"\n"));
    String sections =
        """
        rights:
          - {right: access, label: access}
        sections:
          - id: who
            title: Who we are
            body: |
              See [](#account) and section 2.1. You have these rights:

              ```policy
              list: rights
              ```
          - id: data
            title: Data
            sections:
              - id: account
                title: Account data
                body: %s
        """;
    RenderSafetyTest.write(
        root.resolve("p/versions/2024-01-01.yaml"),
        "format: 1\nversion: 2024-01-01\neffective: 2024-01-01\nstatus: draft\n"
            + sections.formatted("Your email."));
    RenderSafetyTest.write(
        root.resolve("p/versions/2024-02-01.yaml"),
        "format: 1\nversion: 2024-02-01\neffective: 2024-02-01\nstatus: draft\n"
            + sections.formatted("Your email and name."));
    LintReport report = Linter.builder().displayRoot(root).build().lint(root);
    Path site = dir.resolve("site");
    SiteRenderer.builder().includeDrafts(true).build().render(report.policies(), site);
    new ComplianceRenderer(null).render(report.policies(), dir.resolve("compliance"));
    return site;
  }

  private String read(Path base, String name) throws IOException {
    try (Stream<Path> files = Files.walk(base)) {
      Path found =
          files
              .filter(p -> p.toString().endsWith(name))
              .findFirst()
              .orElseThrow(() -> new AssertionError("no " + name + " under " + base));
      return Files.readString(found);
    }
  }

  @Test
  void theArticleStyleNumbersTopLevelSectionsAsArticlesAndTheirSubsectionsPlainly()
      throws IOException {
    Path site = site("Article 1");
    String html = Files.readString(site.resolve("p/2024-02-01/index.html"));
    assertTrue(html.contains("<span class=\"number\">Article 2</span> Data</h2>"), html);
    assertTrue(html.contains("<span class=\"number\">2.1</span> Account data</h3>"), html);
    assertTrue(html.contains(">Article 1&nbsp;Who we are</a>"), "the contents: " + html);
    // a reference keeps the plain number: the link words come from the language, not the style
    assertTrue(html.contains(">section 2.1</a> and section 2.1."), html);
    String md = Files.readString(site.resolve("p/2024-02-01/index.md"));
    assertTrue(md.contains("## Article 2 Data\n"), md);
    assertTrue(md.contains("### 2.1 Account data\n"), md);
    assertTrue(read(site.resolve("p/2024-02-01"), "fragment.html").contains("Article 1</span>"));
    String changes = Files.readString(site.resolve("p/2024-02-01/changes/index.html"));
    assertTrue(changes.contains("<span class=\"number\">2.1</span> Account data"), changes);
    String matrix = read(dir.resolve("compliance"), "compliance.html");
    assertTrue(matrix.contains("<li>Article 1 Who we are (<code>#who</code>)</li>"), matrix);
    String json = read(dir.resolve("compliance"), "compliance.json");
    assertTrue(json.contains("\"number\": \"1\",\n"), "the JSON keeps the plain number: " + json);
  }

  @Test
  void noneShowsNoNumbersAndTheDefaultIsUnchanged() throws IOException {
    Path site = site("none");
    String html = Files.readString(site.resolve("p/2024-02-01/index.html"));
    assertFalse(html.contains("class=\"number\""), html);
    assertTrue(html.contains("<h2 id=\"data-title\">Data</h2>"), html);
    String md = Files.readString(site.resolve("p/2024-02-01/index.md"));
    assertTrue(md.contains("## Data\n"), md);
    assertTrue(md.contains("### Account data\n"), md);

    Files.walk(dir.resolve("site"))
        .sorted(java.util.Comparator.reverseOrder())
        .forEach(p -> p.toFile().delete());
    site = site(null);
    md = Files.readString(site.resolve("p/2024-02-01/index.md"));
    assertTrue(md.contains("## 2. Data\n"), md);
    assertTrue(md.contains("### 2.1. Account data\n"), md);
  }

  @Test
  void theOtherStylesShowTheirPunctuation() throws IOException {
    for (String[] c :
        new String[][] {
          {"1.1", "## 2 Data\n", "### 2.1 Account data\n"},
          {"1.1)", "## 2) Data\n", "### 2.1) Account data\n"},
          {"§ 1", "## § 2 Data\n", "### 2.1 Account data\n"}
        }) {
      Path site = site(c[0]);
      String md = Files.readString(site.resolve("p/2024-02-01/index.md"));
      assertTrue(md.contains(c[1]) && md.contains(c[2]), c[0] + ": " + md);
      Files.walk(dir).sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
