package dev.policyascode.imports;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbering style the source's titles use: "1.1.", "1.1", "1.1)", "Article 1", "§ 1", or
 * "none". The format cannot carry it yet (the renderer numbers "1.1."), so the import keeps each
 * literal number in its title and reports the style.
 */
final class NumberingStyle {

  private static final Pattern NUMBERED =
      Pattern.compile("^(Article|Art\\.|§|Section)?\\s*(\\d+(?:\\.\\d+)*)([.)]?)\\s+\\S.*");

  private NumberingStyle() {}

  /** The style most titles use; a dotted number ("3.1") says more than a plain one ("3"). */
  static String of(List<Outline.Node> sections) {
    int[] counts = new int[2];
    String[] style = {"none", null};
    walk(sections, counts, style);
    if (counts[1] * 2 <= counts[0]) return "none";
    return style[1] != null ? style[1] : style[0];
  }

  private static void walk(List<Outline.Node> sections, int[] counts, String[] style) {
    for (Outline.Node s : sections) {
      counts[0]++;
      Matcher m = NUMBERED.matcher(s.title());
      if (m.matches()) {
        counts[1]++;
        String word = m.group(1);
        if (word != null) style[0] = word + " 1";
        else if (m.group(2).contains("."))
          style[1] = style[1] == null ? "1.1" + m.group(3) : style[1];
        else style[0] = "1" + m.group(3);
      }
      walk(s.sections(), counts, style);
    }
  }
}
