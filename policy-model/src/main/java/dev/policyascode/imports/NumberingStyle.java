package dev.policyascode.imports;

import dev.policyascode.model.SectionNumbering;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbering style the source's titles use: "1.1.", "1.1", "1.1)", "Article 1", "§ 1", or
 * "none"; and, where the renderer can show exactly those numbers, the titles without them.
 */
final class NumberingStyle {

  private static final Pattern NUMBERED =
      Pattern.compile("^(Article|Art\\.|§|Section)?\\s*(\\d+(?:\\.\\d+)*)([.)]?)\\s+\\S.*");

  /**
   * What the import writes: the style for {@code policy.yaml}, and the outline whose titles leave
   * out the numbers that style shows. {@code style} is {@link SectionNumbering#NONE}, and the
   * outline is as read, when the titles' numbers are not exactly what a style would show.
   */
  record Applied(SectionNumbering style, Outline outline) {}

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

  /**
   * The style whose numbers every title starts with, exactly as the renderer would show them in
   * that place ("2.1 Account data." is the first subsection of the second section), and the titles
   * without them. All or nothing: where one title lacks its number, or the source skips or repeats
   * one, no style can show the same words, so the titles keep their numbers and none is added.
   */
  static Applied apply(Outline outline) {
    if (!outline.sections().isEmpty()) {
      for (SectionNumbering style : SectionNumbering.values()) {
        if (style == SectionNumbering.NONE) continue;
        List<Outline.Node> stripped = strip(outline.sections(), "", 1, style);
        if (stripped != null) {
          return new Applied(style, new Outline(outline.title(), outline.preamble(), stripped));
        }
      }
    }
    return new Applied(SectionNumbering.NONE, outline);
  }

  /** The sections with their shown numbers taken out of their titles, or null if one lacks it. */
  private static List<Outline.Node> strip(
      List<Outline.Node> nodes, String prefix, int depth, SectionNumbering style) {
    List<Outline.Node> out = new ArrayList<>();
    for (int i = 0; i < nodes.size(); i++) {
      Outline.Node n = nodes.get(i);
      String number = prefix + (i + 1);
      String shown = style.shown(number, depth) + " ";
      if (!n.title().startsWith(shown) || n.title().substring(shown.length()).isBlank()) {
        return null;
      }
      List<Outline.Node> children = strip(n.sections(), number + ".", depth + 1, style);
      if (children == null) return null;
      out.add(
          new Outline.Node(
              n.id(), n.title().substring(shown.length()).strip(), n.body(), children));
    }
    return out;
  }
}
