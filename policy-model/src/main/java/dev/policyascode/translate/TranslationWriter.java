package dev.policyascode.translate;

import java.util.List;
import java.util.Optional;

/**
 * Writes a translation file as policy:translate leaves it: every text under its key, the source
 * text above it as a comment for the translator, and {@code source:} once the text is marked
 * translated. One-line texts are double-quoted and others are literal blocks, so that no text can
 * be read back as anything but the text it is.
 */
public final class TranslationWriter {

  private TranslationWriter() {}

  /** One text to write: its key, its source text, its fingerprint if marked, and its words. */
  public record Entry(String key, String source, Optional<String> fingerprint, String text) {}

  public static String write(String version, String language, List<Entry> entries) {
    StringBuilder sb = new StringBuilder();
    sb.append("# The ")
        .append(language)
        .append(" translation of version ")
        .append(version)
        .append(", written by policy:translate.\n")
        .append(
            "# Above each text is its source text. Translate the words under text: (links and\n")
        .append(
            "# ```policy blocks stay as they are), then record what each was translated from:\n")
        .append("#   mvn policy:translate -Dpolicy.version=")
        .append(version)
        .append(" -Dpolicy.language=")
        .append(language)
        .append(" -Dpolicy.translated=<key>,<key>\n")
        .append("format: 1\nversion: ")
        .append(version)
        .append("\nlanguage: ")
        .append(language)
        .append("\nstatus: draft\ntexts:\n");
    for (Entry e : entries) {
      sb.append("  # ").append(e.key()).append('\n');
      if (e.source() != null) {
        for (String line : e.source().strip().split("\n", -1)) {
          sb.append("  #   ").append(line.replace("\r", "")).append('\n');
        }
      }
      sb.append("  - key: ").append(e.key()).append('\n');
      // Quoted: a fingerprint such as 320076e627 is a number to a YAML 1.2 reader (an editor's
      // schema check), and one of only digits would be an integer to any reader.
      e.fingerprint().ifPresent(f -> sb.append("    source: \"").append(f).append("\"\n"));
      sb.append("    text:");
      text(e.text(), sb);
    }
    return sb.toString();
  }

  private static void text(String text, StringBuilder sb) {
    boolean block =
        text.contains("\n")
            && !text.startsWith(" ")
            && !text.startsWith("\n")
            && !text.contains("\t")
            && !text.contains("\r");
    if (!block) {
      sb.append(' ').append(quoted(text)).append('\n');
      return;
    }
    int trailing = 0;
    while (trailing < text.length() && text.charAt(text.length() - 1 - trailing) == '\n') {
      trailing++;
    }
    sb.append(trailing == 0 ? " |-" : trailing == 1 ? " |" : " |+").append('\n');
    String body = text.substring(0, text.length() - trailing);
    for (String line : body.split("\n", -1)) {
      sb.append(line.isEmpty() ? "" : "      " + line).append('\n');
    }
    for (int i = 1; i < trailing; i++) sb.append('\n');
  }

  /** A double-quoted scalar: backslash escapes for quotes, backslashes and control characters. */
  static String quoted(String s) {
    StringBuilder sb = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\t' -> sb.append("\\t");
        case '\r' -> sb.append("\\r");
        default -> {
          if (c < 0x20 || c == 0x7f) sb.append(String.format("\\x%02x", (int) c));
          else sb.append(c);
        }
      }
    }
    return sb.append('"').toString();
  }
}
