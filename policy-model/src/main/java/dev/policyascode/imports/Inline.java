package dev.policyascode.imports;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The inline content of an HTML element as CommonMark: text escaped, bold and italic as asterisks,
 * links, code, line breaks. Block elements met inside inline content are read as inline text,
 * separated by a space.
 */
final class Inline {

  private Inline() {}

  static String of(Element element) {
    StringBuilder sb = new StringBuilder();
    for (Node child : element.childNodes()) append(child, sb);
    return sb.toString();
  }

  /** An inline element itself, its own markup included: "*erasure*" for {@code <i>erasure</i>}. */
  static String element(Element element) {
    StringBuilder sb = new StringBuilder();
    append(element, sb);
    return sb.toString();
  }

  private static void append(Node node, StringBuilder sb) {
    if (node instanceof TextNode text) {
      sb.append(escape(text.getWholeText()));
      return;
    }
    if (!(node instanceof Element e)) return;
    String tag = e.normalName();
    switch (tag) {
      case "script",
          "style",
          "noscript",
          "template",
          "svg",
          "img",
          "button",
          "input",
          "select" -> {}
      case "br" -> sb.append("\\\n");
      case "strong", "b" -> wrap(of(e), "**", sb);
      case "em", "i", "cite", "dfn" -> wrap(of(e), "*", sb);
      case "code", "kbd", "samp", "tt" -> code(e.text(), sb);
      case "a" -> link(e, sb);
      default -> {
        boolean block = HtmlToMarkdown.isBlock(e);
        if (block) sb.append(' ');
        sb.append(of(e));
        if (block) sb.append(' ');
      }
    }
  }

  /** Emphasis around the words only: CommonMark does not open "** word" with a space inside. */
  private static void wrap(String inner, String mark, StringBuilder sb) {
    String words = inner.strip();
    if (words.isEmpty() || words.endsWith("\\")) {
      sb.append(inner);
      return;
    }
    if (!inner.isEmpty() && Character.isWhitespace(inner.charAt(0))) sb.append(' ');
    sb.append(mark).append(words).append(mark);
    if (!inner.isEmpty() && Character.isWhitespace(inner.charAt(inner.length() - 1)))
      sb.append(' ');
  }

  private static void code(String text, StringBuilder sb) {
    String fence = text.contains("`") ? "`` " : "`";
    String close = text.contains("`") ? " ``" : "`";
    if (!text.isBlank()) sb.append(fence).append(text).append(close);
  }

  private static void link(Element a, StringBuilder sb) {
    String text = of(a);
    String href = a.attr("href").strip();
    if (text.isBlank() || href.isEmpty()) {
      sb.append(text);
      return;
    }
    String dest = href.replace("<", "%3C").replace(">", "%3E");
    if (dest.matches(".*[\\s()].*")) dest = "<" + dest + ">";
    // spaces at either end of the link's text stay outside it, so they still part the words
    if (Character.isWhitespace(text.charAt(0))) sb.append(' ');
    sb.append('[').append(text.strip()).append("](").append(dest).append(')');
    if (Character.isWhitespace(text.charAt(text.length() - 1))) sb.append(' ');
  }

  /**
   * Text made safe to put into CommonMark: whitespace collapsed as a browser collapses it, every
   * character that could be syntax escaped with a backslash, which CommonMark removes again.
   */
  static String escape(String text) {
    String collapsed = text.replaceAll("[ \\t\\n\\r\\f]+", " ");
    StringBuilder sb = new StringBuilder();
    for (char c : collapsed.toCharArray()) {
      if ("\\`*_[]<>!|~&#".indexOf(c) >= 0) sb.append('\\');
      sb.append(c);
    }
    return sb.toString();
  }

  /**
   * A paragraph's text: spaces collapsed, no space at either end or around a line break, no break
   * at the end, and a first word that CommonMark would read as a list marker or a heading underline
   * escaped.
   */
  static String tidy(String markdown) {
    String s = markdown.replaceAll(" {2,}", " ").replaceAll(" ?\\\\\\n ?", "\\\\\n").strip();
    while (s.endsWith("\\")) s = s.substring(0, s.length() - 1).strip();
    while (s.startsWith("\\\n")) s = s.substring(2).strip();
    StringBuilder sb = new StringBuilder();
    for (String line : s.split("\n", -1)) {
      if (sb.length() > 0) sb.append('\n');
      sb.append(line.replaceFirst("^([-+=])", "\\\\$1").replaceFirst("^(\\d+)([.)])", "$1\\\\$2"));
    }
    return sb.toString();
  }
}
