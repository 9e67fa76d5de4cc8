package dev.policyascode.export;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * A small JSON writer for the exports: maps (kept in insertion order), lists, strings, booleans and
 * whole numbers, two spaces of indentation, one trailing newline. The same model always gives the
 * same bytes, so an export is reproducible; no reflection and no data binding, so the goal starts
 * fast (issue 18 moves reports off Jackson databind for the same reason).
 */
final class Json {

  private Json() {}

  /** The UTF-8 bytes of {@code value}, a tree of maps, lists, strings, booleans and numbers. */
  static byte[] bytes(Object value) {
    StringBuilder out = new StringBuilder();
    write(value, out, 0);
    out.append('\n');
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void write(Object value, StringBuilder out, int depth) {
    if (value instanceof Map<?, ?> map) {
      if (map.isEmpty()) {
        out.append("{}");
        return;
      }
      out.append('{');
      String sep = "\n";
      for (Map.Entry<?, ?> e : map.entrySet()) {
        out.append(sep);
        indent(out, depth + 1);
        string(String.valueOf(e.getKey()), out);
        out.append(": ");
        write(e.getValue(), out, depth + 1);
        sep = ",\n";
      }
      out.append('\n');
      indent(out, depth);
      out.append('}');
    } else if (value instanceof List<?> list) {
      if (list.isEmpty()) {
        out.append("[]");
        return;
      }
      out.append('[');
      String sep = "\n";
      for (Object item : list) {
        out.append(sep);
        indent(out, depth + 1);
        write(item, out, depth + 1);
        sep = ",\n";
      }
      out.append('\n');
      indent(out, depth);
      out.append(']');
    } else if (value instanceof String s) {
      string(s, out);
    } else if (value instanceof Boolean || value instanceof Integer || value instanceof Long) {
      out.append(value);
    } else {
      // Only the types above are built by the exports; anything else is a programming error.
      throw new IllegalArgumentException("not a JSON value: " + value);
    }
  }

  private static void indent(StringBuilder out, int depth) {
    out.append("  ".repeat(depth));
  }

  /** RFC 8259 string: quote, backslash and control characters escaped, all else as it is. */
  private static void string(String s, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || c == 0x2028 || c == 0x2029) {
            // U+2028/9 are valid JSON but end a line in JavaScript: escaped for embedding.
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
