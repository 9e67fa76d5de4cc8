package dev.policyascode.render;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Who reads the Markdown pages. No one Markdown holds section anchors for all three: GitHub drops
 * heading attributes and shows "{#id}" as text, Hugo's default settings drop raw HTML such as
 * {@code <a id>}. So the anchors follow the reader, and so does what keeps the page inert.
 */
public enum MarkdownFlavour {
  /**
   * GitHub and any CommonMark reader: an {@code <a id>} before each heading, and every brace that
   * opens a template delimiter written as {@code &#123;}, code included (GitHub Pages' Jekyll 3
   * runs Liquid over the page).
   */
  GITHUB,
  /**
   * Hugo (goldmark, heading attributes on by default): {@code ## Title {#id}}. Hugo runs only its
   * shortcodes ({@code {{<} and {@code {{%}) in content, so only those are kept from opening, in
   * code too; other braces in code show as written.
   */
  HUGO,
  /**
   * Jekyll 4.1 or later with kramdown: {@code ## Title {#id}}, and {@code render_with_liquid:
   * false} in the front matter, so that Liquid never runs over the page and code shows its braces
   * as written.
   */
  JEKYLL;

  /** The name in the pom and on the command line. */
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<MarkdownFlavour> of(String word) {
    return Arrays.stream(values()).filter(f -> f.word().equals(word)).findFirst();
  }

  /** The accepted names, for a message. */
  public static String words() {
    return Arrays.stream(values()).map(MarkdownFlavour::word).collect(Collectors.joining(", "));
  }

  boolean headingAttributes() {
    return this != GITHUB;
  }

  /**
   * Whether the brace at {@code i} of a code literal must be guarded: code shows a character
   * reference as it is written, so only where the site would run it.
   */
  boolean guardsCodeBrace(String code, int i) {
    return switch (this) {
      case GITHUB -> true;
      case HUGO -> code.startsWith("{{<", i) || code.startsWith("{{%", i);
      case JEKYLL -> false;
    };
  }
}
