package dev.policyascode.text;

import java.util.List;
import java.util.Set;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.markdown.MarkdownRenderer;

/** The CommonMark parser and renderers, configured once: safe by construction. */
public final class Markdown {

  private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());

  static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();

  /** Keeps each node's line and column in the text, for findings. */
  static final Parser PARSER_WITH_SPANS =
      Parser.builder()
          .extensions(EXTENSIONS)
          .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
          .build();

  /** Raw HTML is escaped and unsafe links dropped, as a second line behind {@link Sanitizer}. */
  static final HtmlRenderer HTML =
      HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true).sanitizeUrls(true).build();

  static final MarkdownRenderer MARKDOWN =
      MarkdownRenderer.builder().extensions(EXTENSIONS).build();

  private static final Set<Character> SPECIAL =
      Set.of(
          '\\', '`', '*', '_', '{', '}', '[', ']', '<', '>', '(', ')', '#', '+', '-', '.', '!', '|',
          '&', '~');

  private Markdown() {}

  /**
   * Plain text made safe to put into CommonMark: every character that could be syntax escaped. A
   * brace and the character after it are both escaped (a backslash before each), so that no pair
   * that opens a site generator's template (a brace followed by a percent sign, a brace, a hash or
   * an angle bracket) is left for the page's brace guard ({@code TemplateDelimiters}), whose
   * character reference would show as it is written after a backslash.
   */
  public static String escape(String text) {
    StringBuilder sb = new StringBuilder(text.length() + 8);
    char before = 0;
    for (char c : text.toCharArray()) {
      if (SPECIAL.contains(c) || (before == '{' && c == '%')) sb.append('\\');
      sb.append(c);
      before = c;
    }
    return sb.toString();
  }
}
