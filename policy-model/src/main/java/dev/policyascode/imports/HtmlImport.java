package dev.policyascode.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.select.Selector;

/**
 * A saved HTML page: its main content found, the site's navigation, header, footer and sidebars
 * left out, then converted to CommonMark. The guess: the page's {@code <main>} (or {@code
 * role=main}), else its longest {@code <article>}, else its body without {@code nav}, {@code
 * header}, {@code footer} and {@code aside}. When the guess is wrong, a CSS selector names the
 * content.
 */
final class HtmlImport {

  private HtmlImport() {}

  static String markdown(Path file, Optional<String> selector) throws ImportException {
    Document page;
    try {
      page = Jsoup.parse(new ByteArrayInputStream(Sources.bytes(file)), null, "");
    } catch (IOException e) {
      throw new ImportException(file + ": could not be read as HTML (" + e.getMessage() + ")", e);
    }
    Element content = content(page, selector, file);
    String markdown = HtmlToMarkdown.blocks(content);
    // the page's title, for a notice whose content has no title of its own; passed as front
    // matter, which the Markdown reader takes the same way from a site generator's page
    String title = page.title().strip();
    if (title.isEmpty() || content.selectFirst("h1") != null) return markdown;
    return "---\ntitle: \"" + title.replace("\"", "'") + "\"\n---\n" + markdown;
  }

  static Element content(Document page, Optional<String> selector, Path file)
      throws ImportException {
    if (selector.isPresent()) {
      Elements found;
      try {
        found = page.select(selector.get());
      } catch (Selector.SelectorParseException e) {
        throw new ImportException(
            "the selector '" + selector.get() + "' is not a valid CSS selector: " + e.getMessage());
      }
      if (found.isEmpty()) {
        throw new ImportException(
            file + ": nothing on this page matches the selector '" + selector.get() + "'");
      }
      return found.first();
    }
    Element main = page.selectFirst("main, [role=main]");
    if (main != null) return main;
    Optional<Element> article =
        page.select("article").stream().max(Comparator.comparingInt(a -> a.text().length()));
    if (article.isPresent()) return article.get();
    Element body = page.body().clone();
    body.select("nav, header, footer, aside, [role=navigation], [role=banner], [role=contentinfo]")
        .remove();
    return body;
  }
}
