package dev.policyascode.imports;

import java.util.List;

/**
 * Writes the imported notice as the YAML of format v1. Every short value is double-quoted, so that
 * YAML 1.1 cannot read a date, "no" or a number into it; every text is a literal block ({@code |}),
 * so that it stays as written, line for line.
 */
final class YamlText {

  private YamlText() {}

  static String policyFile(
      String id, String title, String controller, String language, String numbering) {
    return "format: 1\n"
        + "id: "
        + quoted(id)
        + "\ntitle: "
        + quoted(title)
        + "\ncontroller:                       # Art. 13(1)(a): to fill in\n  name: "
        + quoted(controller)
        + "\nlanguages: ["
        + quoted(language)
        + "]\nnumbering: "
        + quoted(numbering)
        + "                       # how headings show section numbers, as the source does\n";
  }

  static String versionFile(String version, String effective, Outline outline) {
    return versionFile(version, effective, outline, List.of());
  }

  static String versionFile(
      String version, String effective, Outline outline, List<Definitions.Term> terms) {
    StringBuilder sb = new StringBuilder();
    sb.append("format: 1\n");
    sb.append("version: ").append(quoted(version)).append('\n');
    sb.append("effective: ").append(quoted(effective)).append('\n');
    sb.append("status: draft\n");
    if (!outline.preamble().isBlank()) block("preamble", outline.preamble(), "", sb);
    if (!terms.isEmpty()) sb.append("definitions:\n");
    for (Definitions.Term t : terms) {
      sb.append("  - id: ").append(t.id()).append('\n');
      sb.append("    term: ").append(quoted(t.term())).append('\n');
      block("meaning", t.meaning(), "    ", sb);
    }
    sb.append("sections:\n");
    sections(outline.sections(), "", sb);
    return sb.toString();
  }

  private static void sections(List<Outline.Node> nodes, String indent, StringBuilder sb) {
    for (Outline.Node n : nodes) {
      sb.append(indent).append("  - id: ").append(n.id()).append('\n');
      String inner = indent + "    ";
      sb.append(inner).append("title: ").append(quoted(n.title())).append('\n');
      if (!n.body().toString().isBlank()) block("body", n.body().toString(), inner, sb);
      if (!n.sections().isEmpty()) {
        sb.append(inner).append("sections:\n");
        sections(n.sections(), inner, sb);
      }
    }
  }

  /**
   * A literal block. An indentation indicator when the text starts with a space, which YAML would
   * otherwise take for the block's indentation; "keep" when it ends with blank lines is never
   * needed, since CommonMark ignores them.
   */
  static void block(String key, String text, String indent, StringBuilder sb) {
    String body = text.stripTrailing();
    String pad = indent + "  ";
    sb.append(indent).append(key).append(": |");
    if (body.startsWith(" ") || body.startsWith("\n")) sb.append(2);
    sb.append('\n');
    for (String line : body.split("\n", -1)) {
      if (line.isBlank()) sb.append('\n');
      else sb.append(pad).append(line).append('\n');
    }
  }

  /** A double-quoted scalar: backslash escapes for quotes, backslashes and control characters. */
  static String quoted(String s) {
    StringBuilder sb = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < 0x20 || (c >= 0x7f && c < 0xa0) || c == '\u2028' || c == '\u2029')
            sb.append(String.format("\\u%04x", (int) c));
          else sb.append(c);
        }
      }
    }
    return sb.append('"').toString();
  }
}
