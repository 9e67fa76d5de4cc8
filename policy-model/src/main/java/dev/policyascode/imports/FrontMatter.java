package dev.policyascode.imports;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The front matter a site generator (Jekyll, Hugo, GitHub Docs) puts before a Markdown page: YAML
 * between two "---" lines. It is not the notice's text; its {@code title:} is the page's title.
 */
final class FrontMatter {

  private static final Pattern OPEN = Pattern.compile("---[ \\t]*\\n");
  private static final Pattern CLOSE = Pattern.compile("(?m)^---[ \\t]*(\\n|\\z)");
  private static final Pattern TITLE = Pattern.compile("(?m)^title:\\s*[\"']?(.*?)[\"']?\\s*$");

  private FrontMatter() {}

  /** Where the front matter ends, after its closing line; 0 when there is none. */
  static int end(String text) {
    Matcher open = OPEN.matcher(text);
    if (!open.lookingAt()) return 0;
    Matcher close = CLOSE.matcher(text);
    if (!close.find(open.end())) return 0;
    return close.end();
  }

  /** The title the front matter gives, if any. */
  static String title(String text) {
    Matcher m = TITLE.matcher(text.substring(0, end(text)));
    return m.find() ? m.group(1) : null;
  }
}
