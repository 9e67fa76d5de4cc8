package dev.policyascode.text;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.markdown.MarkdownRenderer;
import org.commonmark.renderer.text.TextContentRenderer;

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

  /**
   * The words of a text as a reader sees them, tables included: without the tables extension the
   * plain-text renderer drops a table's cells, and a word shown only in a table is read as never
   * shown.
   */
  public static final TextContentRenderer PLAIN_TEXT =
      TextContentRenderer.builder().extensions(EXTENSIONS).build();

  static final MarkdownRenderer MARKDOWN =
      MarkdownRenderer.builder().extensions(EXTENSIONS).build();

  private static final Set<Character> SPECIAL =
      Set.of(
          '\\', '`', '*', '_', '{', '}', '[', ']', '<', '>', '(', ')', '#', '+', '-', '.', '!', '|',
          '~');

  /** What CommonMark, goldmark and kramdown read, after an ampersand, as a character reference. */
  private static final Pattern ENTITY =
      Pattern.compile("(?:[A-Za-z][A-Za-z0-9]{0,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});");

  private Markdown() {}

  /**
   * Plain text made safe to put into CommonMark: every character that could be syntax escaped, with
   * the escapes GitHub, Hugo (goldmark) and Jekyll (kramdown) all read. Not "\\&": kramdown shows
   * that backslash, so an ampersand is written {@code &amp;} where it would start a character
   * reference and as it is elsewhere. A brace that would open a site generator's template (followed
   * by a percent sign, a brace, a hash or an angle bracket) is written {@code &#123;}, which all
   * three show as "{" ("\\%" would show its backslash in kramdown), so the page's brace guard
   * ({@code TemplateDelimiters}) finds no pair.
   */
  public static String escape(String text) {
    StringBuilder sb = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '{' && i + 1 < text.length() && "{%#<".indexOf(text.charAt(i + 1)) >= 0) {
        sb.append("&#123;");
        continue;
      }
      if (c == '&') {
        sb.append(ampersand(text, i));
        continue;
      }
      if (SPECIAL.contains(c)) sb.append('\\');
      sb.append(c);
    }
    return sb.toString();
  }

  /**
   * The ampersand at {@code i} of Markdown text as a page writes it: {@code &amp;} where what
   * follows would make it a character reference, else as it is.
   */
  public static String ampersand(CharSequence markdown, int i) {
    return ENTITY.matcher(markdown).region(i + 1, markdown.length()).lookingAt() ? "&amp;" : "&";
  }
}
