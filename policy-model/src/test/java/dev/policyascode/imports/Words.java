package dev.policyascode.imports;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The words a reader sees, compared token by token as QucitPolicyTest compares them: the text of a
 * Markdown document (front matter, markup and raw HTML tags left out, the text inside raw HTML
 * blocks kept, since a browser shows it), or of the policy on a rendered HTML page. Not words:
 * kramdown attribute lists ("{: #telemetry }"), which the site generator removes; the renderer's
 * draft notice. The numbers before section titles are words: the import writes the source's
 * numbering style, so the page shows them as the source does, and none where it has none.
 */
final class Words {

  private static final Parser PARSER =
      Parser.builder().extensions(List.of(TablesExtension.create())).build();

  private Words() {}

  /**
   * The words of a Markdown document, as a reader of the source or of a rendered page sees them.
   */
  static List<String> ofMarkdown(String markdown, boolean renderedPage) {
    String md = markdown.replace("\r\n", "\n");
    if (md.startsWith("\uFEFF")) md = md.substring(1);
    String frontTitle = renderedPage ? null : shownTitle(md);
    md = md.substring(FrontMatter.end(md));
    Node doc = PARSER.parse(md);
    StringBuilder sb = new StringBuilder();
    if (frontTitle != null) sb.append(frontTitle).append('\n');
    doc.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Text text) {
            sb.append(text.getLiteral());
          }

          @Override
          public void visit(Code code) {
            sb.append(code.getLiteral());
          }

          @Override
          public void visit(SoftLineBreak br) {
            sb.append(' ');
          }

          @Override
          public void visit(HtmlInline html) {
            if (html.getLiteral().toLowerCase(java.util.Locale.ROOT).startsWith("<br"))
              sb.append('\n');
          }

          @Override
          public void visit(HardLineBreak br) {
            sb.append('\n');
          }

          @Override
          public void visit(HtmlBlock html) {
            sb.append('\n').append(Jsoup.parseBodyFragment(html.getLiteral()).text()).append('\n');
          }

          @Override
          public void visit(BlockQuote quote) {
            boolean draftNote =
                renderedPage
                    && quote.getFirstChild().getFirstChild() instanceof StrongEmphasis strong
                    && strong.getFirstChild() instanceof Text t
                    && t.getLiteral().startsWith("Draft");
            if (!draftNote) visitChildren(quote);
          }

          @Override
          public void visit(IndentedCodeBlock code) {
            sb.append('\n').append(code.getLiteral()).append('\n');
          }

          @Override
          public void visit(FencedCodeBlock code) {
            sb.append('\n').append(code.getLiteral()).append('\n');
          }

          @Override
          public void visit(CustomNode cell) {
            // a GFM table's cells are separate words
            sb.append(' ');
            visitChildren(cell);
            sb.append(' ');
          }

          @Override
          public void visit(CustomBlock table) {
            sb.append('\n');
            visitChildren(table);
            sb.append('\n');
          }

          @Override
          public void visit(Paragraph p) {
            sb.append('\n');
            visitChildren(p);
            sb.append('\n');
          }

          @Override
          public void visit(Heading h) {
            sb.append('\n');
            int start = sb.length();
            visitChildren(h);
            // a closing sequence kept as text because an attribute list follows it: "## T ## {#t}"
            String title = MarkdownImport.IAL.matcher(sb.substring(start)).replaceAll("").strip();
            sb.setLength(start);
            sb.append(title.replaceAll("\\s+#+$", ""));
            sb.append('\n');
          }
        });
    return tokens(sb.toString());
  }

  /**
   * The title a site generator prints from the front matter, where the text has none of its own
   * (its first block is not a heading); null otherwise.
   */
  static String shownTitle(String markdown) {
    String title = FrontMatter.title(markdown);
    if (title == null) return null;
    Node doc = PARSER.parse(markdown.substring(FrontMatter.end(markdown)));
    return firstWithText(doc) instanceof Heading ? null : title;
  }

  private static Node firstWithText(Node doc) {
    for (Node b = doc.getFirstChild(); b != null; b = b.getNext()) {
      if (b instanceof HtmlBlock html
          && Jsoup.parseBodyFragment(html.getLiteral()).text().isBlank()) continue;
      return b;
    }
    return null;
  }

  /** The words of the policy on a rendered HTML page: title, preamble, sections. */
  static List<String> ofHtmlPage(String html) {
    Document page = Jsoup.parse(html);
    StringBuilder sb = new StringBuilder();
    sb.append(page.selectFirst("h1").text()).append('\n');
    for (Element e : page.select("div.preamble, section")) {
      if (e.normalName().equals("section") && e.parent().normalName().equals("section")) continue;
      sb.append(e.text()).append('\n');
    }
    return tokens(sb.toString());
  }

  /** Whitespace-separated tokens, punctuation kept, as QucitPolicyTest.words. */
  static List<String> tokens(String text) {
    String t = MarkdownImport.IAL.matcher(text).replaceAll(" ");
    List<String> words = new ArrayList<>();
    for (String w : t.split("[\\s\\u00A0]+")) {
      if (w.isEmpty() || w.equals("•")) continue;
      words.add(w);
    }
    return words;
  }
}
