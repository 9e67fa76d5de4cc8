package dev.policyascode.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Compares each page a site generator built from an {@code index.md} with the plugin's own HTML
 * page of the same folder, the oracle: same sections under the same ids with the same headings,
 * same in-page links, all resolving, same words; links to other pages reach a built file.
 */
final class SiteCheck {

  /** What shows that an escape or a reference reached the reader instead of its character. */
  private static final List<String> ESCAPES = List.of("&#123;", "&amp;#", "\\&", "{\\%", "\\{");

  private SiteCheck() {}

  /**
   * @param policy the rendered policy folder (index.md and index.html side by side)
   * @param built the generator's output, the policy at {@code privacy/}
   */
  static void samePages(Path policy, Path built) throws IOException {
    List<Path> pages;
    try (Stream<Path> s = Files.walk(policy)) {
      pages = s.filter(p -> p.getFileName().toString().equals("index.md")).sorted().toList();
    }
    assertFalse(pages.isEmpty(), "no Markdown page in " + policy);
    for (Path md : pages) {
      String folder = policy.relativize(md.getParent()).toString();
      Path page = built.resolve("privacy").resolve(folder).resolve("index.html");
      assertTrue(Files.isRegularFile(page), "the generator wrote no " + page + " for " + md);
      Document oracle = Jsoup.parse(md.resolveSibling("index.html").toFile(), "UTF-8");
      Document got = Jsoup.parse(page.toFile(), "UTF-8");
      samePage(folder.isEmpty() ? "privacy/" : "privacy/" + folder + "/", oracle, got, page);
    }
  }

  private static void samePage(String name, Document oracle, Document got, Path page) {
    Element want = oracle.selectFirst("main");
    Element main = got.selectFirst("main");
    assertNotNull(main, name + ": no <main> in the built page");
    String html = main.html();
    assertFalse(
        html.contains("raw HTML omitted"), name + ": the generator dropped markup:\n" + html);
    for (Element section : want.select("section[id]")) {
      String id = section.id();
      Element heading = section.selectFirst("h1, h2, h3, h4, h5, h6");
      Element target = got.getElementById(id);
      assertNotNull(target, name + ": no element has the id '" + id + "' of the section");
      Element builtHeading = headingAt(target);
      assertNotNull(builtHeading, name + ": '#" + id + "' is not at a heading");
      assertEquals(words(heading.text()), words(builtHeading.text()), name + " #" + id);
    }
    List<String> wantLinks = new ArrayList<>();
    for (Element a : want.select("a[href^=#]")) wantLinks.add(a.attr("href"));
    List<String> gotLinks = new ArrayList<>();
    for (Element a : main.select("a[href^=#]")) {
      String href = a.attr("href");
      gotLinks.add(href);
      assertNotNull(
          got.getElementById(href.substring(1)), name + ": the link " + href + " leads nowhere");
    }
    assertTrue(
        gotLinks.containsAll(wantLinks), name + ": in-page links lost: " + wantLinks + gotLinks);
    for (Element a : main.select("a[href]")) {
      String href = a.attr("href");
      if (href.startsWith("#") || href.contains(":")) continue;
      Path to = page.getParent().resolve(href.replaceFirst("#.*", "")).normalize();
      assertTrue(
          Files.isRegularFile(to) || Files.isRegularFile(to.resolve("index.html")),
          name + ": the link " + href + " leads to nothing built (" + to + ")");
    }
    String text = words(main.text());
    for (Element block : want.select("p, li, td, th, h2, h3, h4, h5, h6")) {
      String w = words(block.text());
      if (!w.isEmpty()) assertTrue(text.contains(w), name + ": words lost: " + w + "\n" + text);
    }
    for (String escape : ESCAPES) {
      assertFalse(text.contains(escape), name + ": shows the escape " + escape + ":\n" + text);
    }
  }

  /**
   * The heading an id leads to: the heading itself (an attribute {#id}), or the heading after an
   * empty anchor {@code <a id>} (GitHub's form, kept as HTML by kramdown).
   */
  private static Element headingAt(Element target) {
    if (target.tagName().matches("h[1-6]")) return target;
    Element box =
        target.parent() != null && target.parent().tagName().equals("p") ? target.parent() : target;
    Element next = box.nextElementSibling();
    return next != null && next.tagName().matches("h[1-6]") ? next : null;
  }

  /** The words, with the site's typography undone: curly quotes, dashes and ellipses. */
  static String words(String s) {
    return s.replace('\u201c', '"')
        .replace('\u201d', '"')
        .replace('\u2018', '\'')
        .replace('\u2019', '\'')
        .replace("\u2026", "...")
        .replace("\u2013", "--")
        .replace("\u2014", "---")
        .replace('\u00a0', ' ')
        .replaceAll("\\s+", " ")
        .strip();
  }

  /** Each hostile word shows on every built page that should show it, and nothing ran. */
  static void hostileWordsShown(Path built) throws IOException {
    Document page = Jsoup.parse(built.resolve("privacy/index.html").toFile(), "UTF-8");
    String text = words(page.selectFirst("main").text());
    for (String w : HostilePolicy.WORDS) {
      assertTrue(text.contains(words(w)), "the page does not show " + w + ":\n" + text);
    }
    assertFalse(text.contains("The site's own title"), "Liquid ran over the page:\n" + text);
    assertEquals(
        words(HostilePolicy.TITLE), words(page.title()), "the title from the front matter");
    assertTrue(page.select("script").isEmpty(), "a script element in the built page");
    Document archive = Jsoup.parse(built.resolve("privacy/archive/index.html").toFile(), "UTF-8");
    assertTrue(
        words(archive.text()).contains("Changed {{ site.title }} & {% raw %}."), archive.text());
  }
}
