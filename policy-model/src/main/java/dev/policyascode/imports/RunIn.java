package dev.policyascode.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbered paragraphs that open a section without a heading: "5.1 Security" on a line of its own,
 * or run in, "3.1 Account data. When…", "Article 3 Account data. When…", "§ 3 Zweck. Wir…". A
 * number opens a section only where it continues the numbering so far (the next sibling, or the
 * first child), so that a stray "2018." or a numbered list further down stays text.
 */
final class RunIn {

  private static final Pattern NUMBERED =
      Pattern.compile("^(?:(?:Article|§)\\s*)?(\\d+(?:\\.\\d+)*)[.)]?\\s+(\\S.*)$");

  /**
   * What follows a number that cites a law rather than opens a section: "Article 6(1)(b)", "Article
   * 6 of the GDPR", "§ 26 BDSG".
   */
  private static final Pattern CITATION =
      Pattern.compile("^(?:\\(|(?:of|des|der|du|de la|del)\\s|(?:GDPR|DSGVO|RGPD|BDSG|UK)\\b).*");

  /** The title, the rest of the paragraph (its body), and the depth of the number. */
  record Opening(String title, String rest, int depth) {}

  private final List<Integer> current = new ArrayList<>();

  /** The section a paragraph opens, if its number continues the numbering. */
  Opening paragraph(String source) {
    String[] lines = source.split("\n", 2);
    Matcher m = NUMBERED.matcher(lines[0].strip());
    if (!m.matches() || m.group(2).matches(".*[*_`\\[<].*")) return null;
    if (!Character.isDigit(lines[0].strip().charAt(0)) && CITATION.matcher(m.group(2)).matches()) {
      return null;
    }
    String title = lines[0].strip();
    String rest = lines.length > 1 ? lines[1] : "";
    // run in: "3.1 Account data. When you sign up…" is titled "3.1 Account data."
    int stop = title.indexOf(". ", m.start(2));
    if (stop > 0 && stop <= m.start(2) + 80) {
      rest = title.substring(stop + 2) + (rest.isEmpty() ? "" : "\n" + rest);
      title = title.substring(0, stop + 1);
    } else if (!rest.isEmpty() || title.length() > 200) {
      return null;
    }
    int depth = accept(m.group(1));
    return depth < 0 ? null : new Opening(title, rest, depth);
  }

  /** A one-item ordered list, "1. Definitions": its number is a list marker, its text the title. */
  Opening listItem(int number, String text) {
    if (text.contains("\n") || text.length() > 200 || text.matches(".*[*_`\\[<].*")) return null;
    int depth = accept(Integer.toString(number));
    return depth < 0 ? null : new Opening(text.strip(), "", depth);
  }

  /** A heading with a number of its own ("2. What we collect") sets the numbering so far. */
  void heading(String title) {
    Matcher m = NUMBERED.matcher(title.strip());
    if (!m.matches()) return;
    current.clear();
    for (String part : m.group(1).split("\\.")) current.add(Integer.parseInt(part));
  }

  /** The depth of the number when it continues the numbering, else -1. */
  private int accept(String number) {
    String[] parts = number.split("\\.");
    int d = parts.length;
    if (d > current.size() + 1) return -1;
    for (int i = 0; i < d - 1; i++) {
      if (Integer.parseInt(parts[i]) != current.get(i)) return -1;
    }
    int last = Integer.parseInt(parts[d - 1]);
    int expected = d <= current.size() ? current.get(d - 1) + 1 : 1;
    if (last != expected) return -1;
    while (current.size() >= d) current.remove(current.size() - 1);
    current.add(last);
    return d;
  }
}
