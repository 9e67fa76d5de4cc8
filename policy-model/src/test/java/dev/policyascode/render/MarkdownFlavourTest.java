package dev.policyascode.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policyascode.lint.Linter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/**
 * Each Markdown flavour writes what its reader keeps: GitHub an {@code <a id>} (Hugo drops raw
 * HTML), Hugo and Jekyll a heading attribute (GitHub shows it as text); an ampersand as kramdown
 * reads it; front-matter keys no generator reserves; code braces as written where the site runs no
 * template over them. Debian's Hugo and Jekyll build these pages in site-tests' SiteGeneratorIT.
 */
class MarkdownFlavourTest {

  static final String BODY =
      "AT&T & &amp;copy; as typed, `{{ site.title }}` and `{{< x >}}`, {{ y }}, {::comment}, back\\\\& slash, [back](#one).";

  @TempDir Path dir;

  String page(MarkdownFlavour flavour) throws Exception {
    Path root =
        RenderSafetyTest.policy(dir.resolve(flavour.word()), "Rules & more", BODY, "published");
    Path site = dir.resolve(flavour.word() + "-site");
    SiteRenderer.builder()
        .markdownFlavour(flavour)
        .build()
        .render(Linter.builder().displayRoot(root).build().lint(root).policies(), site);
    return Files.readString(site.resolve("p/index.md"));
  }

  @Test
  void githubKeepsTheAnchorBeforeTheHeading() throws Exception {
    String md = page(MarkdownFlavour.GITHUB);
    assertTrue(md.contains("<a id=\"one\"></a>\n\n## 1. Rules & more\n"), md);
    assertFalse(md.contains("{#"), md);
    assertTrue(md.contains("`&#123;{ site.title }}`"), "GitHub Pages runs Liquid over code: " + md);
  }

  @Test
  void hugoWritesAHeadingAttributeAndGuardsOnlyShortcodes() throws Exception {
    String md = page(MarkdownFlavour.HUGO);
    assertTrue(md.contains("\n## 1. Rules & more {#one}\n"), md);
    assertFalse(md.contains("<a id"), md);
    assertTrue(md.contains("`{{ site.title }}`"), md);
    assertTrue(md.contains("`&#123;{< x >}}`"), md);
    assertFalse(md.contains("render_with_liquid"), md);
  }

  @Test
  void jekyllTurnsLiquidOffAndShowsCodeAsWritten() throws Exception {
    String md = page(MarkdownFlavour.JEKYLL);
    assertTrue(md.contains("\n## 1. Rules & more {#one}\n"), md);
    assertTrue(md.contains("`{{ site.title }}` and `{{< x >}}`"), md);
    Map<?, ?> front = new Yaml().load(md.split("(?m)^---$", 3)[1]);
    assertEquals(false, front.get("render_with_liquid"), md);
  }

  @Test
  void anAmpersandIsEscapedOnlyWhereItWouldStartAReference() throws Exception {
    for (MarkdownFlavour f : MarkdownFlavour.values()) {
      String md = page(f);
      assertTrue(md.contains("AT&T & &amp;copy; as typed, "), f + ": " + md);
      assertFalse(md.contains(" \\&"), f + ": " + md);
      assertTrue(md.contains("back\\\\& slash"), f + ": a backslash the text holds: " + md);
      assertTrue(md.contains("&#123;{ y }}"), f + ": text braces become a reference: " + md);
      assertTrue(md.contains("&#123;::comment}"), f + ": kramdown would hide what follows: " + md);
    }
  }

  @Test
  void noFrontMatterKeyIsOneAGeneratorReserves() throws Exception {
    for (MarkdownFlavour f : MarkdownFlavour.values()) {
      Map<?, ?> front = new Yaml().load(page(f).split("(?m)^---$", 3)[1]);
      for (String reserved : new String[] {"permalink", "url", "slug", "date", "layout", "type"}) {
        assertFalse(front.containsKey(reserved), f + ": " + reserved + " in " + front);
      }
    }
  }
}
