package dev.policyascode.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policyascode.lint.LintReport;
import dev.policyascode.lint.Linter;
import dev.policyascode.load.VersionIds;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The body-only fragments and the sitemap: what a site needs to embed or index the policy. */
class EmbeddableOutputTest {

  @TempDir Path dir;

  @Test
  void eachFragmentHasTheSameHeaderContentsTextAndFooterAsItsPage() throws IOException {
    Path site = dir.resolve("site");
    // As of a day when 2027-01-01 is announced: the page in force carries the announcement.
    SiteRenderer.builder().buildDate(LocalDate.of(2026, 12, 1)).build().render(qucit(), site);
    for (String folder : List.of("qucit-privacy/", "qucit-privacy/2018-05-25/")) {
      // The page's links to other versions are relative, so the fragment goes without them, and
      // without the announcement, whose links are relative too.
      String page =
          Files.readString(site.resolve(folder + "index.html"))
              .replaceFirst("(?s)<nav class=\"versions\".*?</nav>\n", "")
              .replaceFirst("<p class=\"announcement\" role=\"note\">.*?</p>\n", "");
      String fragment = Files.readString(site.resolve(folder + "fragment.html"));
      assertTrue(fragment.startsWith("<article class=\"policy\" lang=\"en\">"), fragment);
      assertFalse(fragment.contains("<html"), "body only");
      assertFalse(fragment.contains("<main"), "the including page has its own main");
      for (String part :
          List.of("(?s)<header>.*?</header>", "(?s)<nav .*?</nav>", "(?s)<footer>.*?</footer>")) {
        assertEquals(find(part, page), find(part, fragment), folder + " " + part);
      }
      assertEquals(
          find("(?s)<main id=\"content\">(.*?)</main>", page),
          find("(?s)<div id=\"content\">(.*)</div>\\s*<footer>", fragment),
          folder + " text");
    }
  }

  @Test
  void theSitemapListsTheLatestPageAndEveryPublishedPermalinkAtItsEffectiveDate()
      throws IOException {
    Path site = dir.resolve("site");
    SiteRenderer.builder()
        .includeDrafts(true)
        .build()
        .render(policy("base_url: https://example.com/privacy/\n"), site);
    assertEquals(
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
        <url><loc>https://example.com/privacy/</loc><lastmod>2024-01-01</lastmod></url>
        <url><loc>https://example.com/privacy/2024-01-01/</loc><lastmod>2024-01-01</lastmod></url>
        </urlset>
        """,
        Files.readString(site.resolve("p/sitemap.xml")),
        "the draft is rendered for a preview but never listed");
    assertTrue(Files.exists(site.resolve("p/2025-01-01/fragment.html")), "drafts get a fragment");
  }

  /**
   * A version's folder sits beside the pages of the whole policy, so the loader refuses their names
   * as version ids ({@link VersionIds}); this holds that list to what is really written.
   */
  @Test
  void theNamesBesideTheVersionFoldersAreThoseVersionIdsMayNotTake() throws IOException {
    Path site = dir.resolve("site");
    SiteRenderer.builder()
        .includeDrafts(true)
        .build()
        .render(policy("base_url: https://example.com/privacy/\n"), site);
    Set<String> names;
    try (Stream<Path> s = Files.list(site.resolve("p"))) {
      names =
          s.map(f -> f.getFileName().toString().replaceFirst("\\.[a-z]+$", ""))
              .filter(n -> !n.equals("2024-01-01") && !n.equals("2025-01-01"))
              .collect(Collectors.toCollection(TreeSet::new));
    }
    assertEquals(new TreeSet<>(VersionIds.RESERVED), names);
  }

  @Test
  void aPolicyWithoutABaseUrlHasNoSitemap() throws IOException {
    Path site = dir.resolve("site");
    SiteRenderer.builder().build().render(policy(""), site);
    assertTrue(Files.exists(site.resolve("p/fragment.html")));
    assertFalse(Files.exists(site.resolve("p/sitemap.xml")), "a sitemap needs absolute addresses");
  }

  private static List<dev.policyascode.model.Policy> qucit() {
    return Linter.builder()
        .displayRoot(QucitPolicyTest.REPO)
        .build()
        .lint(QucitPolicyTest.POLICIES)
        .policies();
  }

  /** A policy with a published version and a later draft. */
  private List<dev.policyascode.model.Policy> policy(String baseUrl) throws IOException {
    Path root = dir.resolve("policies");
    RenderSafetyTest.write(
        root.resolve("p/policy.yaml"),
        "format: 1\nid: p\ntitle: Policy\ncontroller:\n  name: Example SAS\nlanguages: [en]\n"
            + baseUrl);
    for (String[] v : new String[][] {{"2024-01-01", "published"}, {"2025-01-01", "draft"}}) {
      RenderSafetyTest.write(
          root.resolve("p/versions/" + v[0] + ".yaml"),
          """
          format: 1
          version: %s
          effective: %s
          status: %s
          sections:
            - id: one
              title: One
              body: Text.
          """
              .formatted(v[0], v[0], v[1]));
    }
    LintReport report = Linter.builder().displayRoot(root).build().lint(root);
    assertEquals(2, report.policies().get(0).versions().size(), report.findings().toString());
    return report.policies();
  }

  private static String find(String regex, String text) {
    Matcher m = Pattern.compile(regex).matcher(text);
    assertTrue(m.find(), regex + " not found");
    return m.groupCount() > 0 ? m.group(1) : m.group();
  }
}
