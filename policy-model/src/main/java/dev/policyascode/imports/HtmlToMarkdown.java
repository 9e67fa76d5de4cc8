package dev.policyascode.imports;

import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * HTML to CommonMark: headings, paragraphs, lists (tight, or loose where an item holds paragraphs),
 * links, emphasis, tables (GFM), quotes, code. What a reader does not see as text is left out:
 * scripts, styles, forms, images, comments. Whitespace collapses as a browser collapses it; every
 * character that CommonMark would read as syntax is escaped, so the words stay the page's.
 */
final class HtmlToMarkdown {

  private static final Set<String> SKIPPED =
      Set.of(
          "script",
          "style",
          "noscript",
          "template",
          "svg",
          "button",
          "form",
          "input",
          "select",
          "textarea",
          "img",
          "picture",
          "video",
          "audio",
          "iframe",
          "head",
          "title",
          "meta",
          "link");

  private static final Set<String> BLOCKS =
      Set.of(
          "p",
          "div",
          "section",
          "article",
          "main",
          "header",
          "footer",
          "aside",
          "nav",
          "figure",
          "figcaption",
          "address",
          "details",
          "summary",
          "dl",
          "dt",
          "dd",
          "center",
          "body",
          "html",
          "hgroup",
          "fieldset",
          "caption");

  private HtmlToMarkdown() {}

  /** A piece of raw HTML found in a Markdown notice. */
  static String fragment(String html) {
    return blocks(Jsoup.parseBodyFragment(html).body());
  }

  /** The children of an element, as CommonMark blocks separated by blank lines. */
  static String blocks(Element parent) {
    Blocks out = new Blocks();
    for (Node child : parent.childNodes()) block(child, out);
    return out.text();
  }

  private static void block(Node node, Blocks out) {
    if (node instanceof TextNode text) {
      out.inline(Inline.escape(text.getWholeText()));
      return;
    }
    if (!(node instanceof Element e)) return;
    String tag = e.normalName();
    if (SKIPPED.contains(tag) || e.hasAttr("hidden")) return;
    if (tag.matches("h[1-6]")) {
      String text = Inline.of(e).replace("\\\n", " ").strip();
      if (!text.isEmpty()) out.block("#".repeat(tag.charAt(1) - '0') + " " + text);
    } else if (tag.equals("ul") || tag.equals("ol")) {
      out.block(list(e));
    } else if (tag.equals("table")) {
      out.block(Tables.markdown(e));
    } else if (tag.equals("blockquote")) {
      String inner = blocks(e);
      if (!inner.isBlank()) out.block(prefix(inner, "> ", "> "));
    } else if (tag.equals("pre")) {
      String code = e.wholeText().replaceAll("\\n$", "");
      out.block("~~~~\n" + code + "\n~~~~");
    } else if (tag.equals("hr")) {
      out.block("* * *");
    } else if (BLOCKS.contains(tag) || tag.equals("li")) {
      boolean hasBlocks = e.children().stream().anyMatch(HtmlToMarkdown::isBlock);
      if (hasBlocks) {
        for (Node child : e.childNodes()) block(child, out);
        out.end();
      } else {
        out.block(Inline.tidy(Inline.of(e)));
      }
    } else {
      out.inline(Inline.element(e));
    }
  }

  static boolean isBlock(Element e) {
    String tag = e.normalName();
    return BLOCKS.contains(tag)
        || tag.matches("h[1-6]")
        || List.of("ul", "ol", "table", "blockquote", "pre", "hr", "li").contains(tag);
  }

  /** A list; loose where an item holds more than one block, as a browser would space it. */
  private static String list(Element list) {
    boolean ordered = list.normalName().equals("ol");
    int n = ordered && list.hasAttr("start") ? parseStart(list.attr("start")) : 1;
    StringBuilder sb = new StringBuilder();
    boolean loose = false;
    List<String> items = new java.util.ArrayList<>();
    for (Element li : list.children()) {
      if (!li.normalName().equals("li")) continue;
      String inner = blocks(li);
      if (inner.contains("\n\n")
          || li.children().stream().anyMatch(c -> c.normalName().equals("p"))) loose = true;
      items.add(inner.isBlank() ? "" : inner);
    }
    for (String item : items) {
      String marker = ordered ? (n++) + ". " : "- ";
      if (sb.length() > 0) sb.append(loose ? "\n\n" : "\n");
      sb.append(prefix(item, marker, " ".repeat(marker.length())));
    }
    return sb.toString();
  }

  private static int parseStart(String s) {
    try {
      return Integer.parseInt(s.strip());
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  /**
   * Each line prefixed: the first with {@code first}, the others (not blank ones) with {@code
   * rest}.
   */
  static String prefix(String text, String first, String rest) {
    String[] lines = text.split("\n", -1);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) sb.append('\n');
      if (i == 0) sb.append(first).append(lines[i]);
      else if (!lines[i].isBlank()) sb.append(rest).append(lines[i]);
      else if (rest.startsWith(">")) sb.append(rest.strip());
    }
    return sb.toString();
  }

  /** Blocks gathered in reading order, with the loose text between them made paragraphs. */
  private static final class Blocks {
    private final StringBuilder done = new StringBuilder();
    private final StringBuilder pending = new StringBuilder();

    void inline(String markdown) {
      pending.append(markdown);
    }

    void end() {
      String p = Inline.tidy(pending.toString());
      pending.setLength(0);
      if (!p.isEmpty()) add(p);
    }

    void block(String markdown) {
      end();
      if (!markdown.isBlank()) add(markdown);
    }

    private void add(String markdown) {
      if (done.length() > 0) done.append("\n\n");
      done.append(markdown);
    }

    String text() {
      end();
      return done.toString();
    }
  }
}
