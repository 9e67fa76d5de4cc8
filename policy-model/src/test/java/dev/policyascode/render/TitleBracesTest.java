package dev.policyascode.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.policyascode.lint.Linter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/**
 * A title with template delimiters in it: the Markdown page shows its characters exactly, in the
 * heading and in the front matter, and still holds no delimiter a site generator would run. The
 * brace guard used to run after Markdown escaping, and the title read "&#123;%".
 */
class TitleBracesTest {

  static final String TITLE = "Rules {% raw %} and {{ site.x }}, {#c#} {<s>} {{{x}}}";

  @TempDir Path dir;

  @Test
  void theMarkdownPageShowsTheTitleAsWrittenAndRunsNoTemplate() throws Exception {
    Path root = RenderSafetyTest.policy(dir, TITLE, "Hello.", "published");
    Path site = dir.resolve("site");
    SiteRenderer.builder()
        .build()
        .render(Linter.builder().displayRoot(root).build().lint(root).policies(), site);

    for (String page : List.of("p/index.md", "p/archive/index.md")) {
      String md = Files.readString(site.resolve(page));
      for (String delimiter : List.of("{{", "{%", "{#", "{<")) {
        assertFalse(md.contains(delimiter), page + " holds " + delimiter + ":\n" + md);
      }
      String[] parts = md.split("(?m)^---$", 3);
      Map<?, ?> front = new Yaml().load(parts[1]);
      assertEquals(TITLE, front.get("title"), page + ": the front matter's title");
    }

    String md = Files.readString(site.resolve("p/index.md"));
    TextContentRenderer text = TextContentRenderer.builder().build();
    List<String> headings =
        md.lines()
            .filter(l -> l.startsWith("#"))
            .map(l -> text.render(Parser.builder().build().parse(l)).strip())
            .toList();
    assertEquals(List.of(TITLE, "1. " + TITLE), headings, md);
  }
}
