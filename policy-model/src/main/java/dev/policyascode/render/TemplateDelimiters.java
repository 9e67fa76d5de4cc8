package dev.policyascode.render;

/**
 * Keeps a page inert for the template engine of the site that publishes it. Jekyll runs Liquid over
 * a Markdown page with front matter and over an included file; Hugo runs Go templates over a
 * partial and shortcodes over Markdown content; Jinja, Nunjucks and Handlebars sites do the same. A
 * policy text holding <code>{{ readFile "/etc/passwd" }}</code> or <code>{% include ... %}</code>
 * would then run on the website's build machine, or show its files on the public page.
 *
 * <p>Every such engine opens with a brace followed by a brace, a percent sign, a hash or an angle
 * bracket. That brace is written as the character reference {@code &#123;}, which browsers and
 * Markdown processors show as "{" and which no template engine reads as a delimiter. (Inside a
 * Markdown code span or block a reference is shown as written: there the Markdown flavour decides,
 * see {@link MarkdownFlavour}, and a brace it leaves is marked {@link #CODE_BRACE} until the guard
 * has run.)
 */
final class TemplateDelimiters {

  /**
   * A brace that the page keeps as written, through the guard: in code where the site runs no
   * template, and the one of a heading attribute {@code {#id}}. A control character: the loader
   * refuses them in every text, so none comes from a policy.
   */
  static final char CODE_BRACE = '\u0001';

  private TemplateDelimiters() {}

  /**
   * Whether the brace at {@code i} opens a template delimiter; a kept brace after it is a brace all
   * the same once the page is written.
   */
  static boolean opens(String s, int i) {
    return s.charAt(i) == '{'
        && i + 1 < s.length()
        && ("{%#<".indexOf(s.charAt(i + 1)) >= 0 || s.charAt(i + 1) == CODE_BRACE);
  }

  static String inert(String page) {
    // Only braces and kept braces change: the text between them is copied in runs (a page is tens
    // of kilobytes, its braces a few).
    int brace = page.indexOf('{');
    int kept = page.indexOf(CODE_BRACE);
    if (brace < 0 && kept < 0) return page;
    StringBuilder sb = new StringBuilder(page.length() + 16);
    int copied = 0;
    while (brace >= 0 || kept >= 0) {
      if (brace >= 0 && (kept < 0 || brace < kept)) {
        if (opens(page, brace)) {
          sb.append(page, copied, brace).append("&#123;");
          copied = brace + 1;
        }
        brace = page.indexOf('{', brace + 1);
      } else {
        sb.append(page, copied, kept).append('{');
        copied = kept + 1;
        kept = page.indexOf(CODE_BRACE, kept + 1);
      }
    }
    return sb.append(page, copied, page.length()).toString();
  }
}
