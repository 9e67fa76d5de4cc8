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

  /** Plain text made safe to put into CommonMark: every character that could be syntax escaped. */
  public static String escape(String text) {
    StringBuilder sb = new StringBuilder(text.length() + 8);
    for (char c : text.toCharArray()) {
      if (SPECIAL.contains(c)) sb.append('\\');
      sb.append(c);
    }
    return sb.toString();
  }
}
