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
 * Markdown code span or block a reference is shown as written; a policy's code rarely holds such a
 * pair.)
 */
final class TemplateDelimiters {

  private TemplateDelimiters() {}

  static String inert(String page) {
    int first = page.indexOf('{');
    if (first < 0) return page;
    StringBuilder sb = new StringBuilder(page.length() + 16);
    sb.append(page, 0, first);
    for (int i = first; i < page.length(); i++) {
      char c = page.charAt(i);
      if (c == '{' && i + 1 < page.length() && "{%#<".indexOf(page.charAt(i + 1)) >= 0) {
        sb.append("&#123;");
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
