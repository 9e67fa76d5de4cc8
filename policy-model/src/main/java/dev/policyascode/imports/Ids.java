package dev.policyascode.imports;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Stable ids made from titles: ASCII, lower case, words joined by hyphens, at most about sixty
 * characters cut at a word, unique within one file (a second "Cookies" is "cookies-2"). A title
 * with no Latin letter (Japanese, Chinese) gets "section-N", which the team can rename.
 */
final class Ids {
  private static final int MAX = 60;
  private static final String NUMBER =
      "^(?i)(article|art\\.|§|section)?\\s*\\d+(\\.\\d+)*[.)]?\\s+";
  private final Set<String> taken = new HashSet<>();
  private final String fallback;
  private int count;

  Ids(String fallback) {
    this.fallback = fallback;
  }

  /** A new id from a title, or from the source's own anchor when it has a usable one. */
  String next(String title, String anchor) {
    count++;
    String id = anchor == null ? "" : slug(anchor);
    // the number is the section's place, which changes; the id must not
    if (id.isEmpty()) id = slug(title.replaceFirst(NUMBER, ""));
    if (id.isEmpty()) id = slug(title);
    if (id.isEmpty()) id = fallback + "-" + count;
    String unique = id;
    for (int n = 2; !taken.add(unique); n++) unique = id + "-" + n;
    return unique;
  }

  static String slug(String text) {
    String ascii =
        Normalizer.normalize(text, Normalizer.Form.NFKD)
            .replaceAll("\\p{M}+", "")
            .replace('ß', 's')
            .toLowerCase(Locale.ROOT);
    StringBuilder sb = new StringBuilder();
    for (String word : ascii.split("[^a-z0-9]+")) {
      if (word.isEmpty()) continue;
      if (sb.length() > 0 && sb.length() + word.length() + 1 > MAX) break;
      if (sb.length() > 0) sb.append('-');
      sb.append(word.length() > MAX ? word.substring(0, MAX) : word);
    }
    return sb.toString();
  }
}
