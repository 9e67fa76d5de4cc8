package dev.policyascode;

import dev.policyascode.diagnostics.OneLine;
import dev.policyascode.load.Format;
import dev.policyascode.load.Scalars;
import dev.policyascode.load.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Policy files built from {@link Format} itself, so that tests which must cover "every field" cover
 * a field the day it is added. A document is a tree of {@code Map<String, Object>}, {@code List}
 * and {@code String} (written double-quoted) or {@link Plain} (written as it is).
 */
public final class FormatYaml {

  private FormatYaml() {}

  /** A scalar written exactly as given, unquoted: how authors write most values. */
  public record Plain(String text) {}

  /** Where a text field sits: {@code sections[0].title}, {@code controller.name}. */
  public record TextField(String path, Type.Scalar type) {}

  public static final String POLICY_ID = "p";
  public static final String VERSION_ID = "2024-01-01";

  /** The id lists whose items references point at, by the key that refers to them. */
  private static final Map<String, String> REFERENCES =
      Map.of(
          "data_categories", "data_categories",
          "data_subjects", "data_subjects",
          "recipients", "recipients",
          "retention", "retention",
          "category", "recipient_categories",
          "recipient", "recipients",
          "of", "data_categories");

  /**
   * A complete policy.yaml: every key of the format present, every text the value {@code text}
   * gives for its field.
   */
  public static Map<String, Object> completePolicy(Function<TextField, String> text) {
    return complete(Format.POLICY, "", text, 0);
  }

  /**
   * A complete version file: every key present, one item per list, a subsection, every text from
   * {@code text}; the first section's body also embeds every kind of list the registers hold, so
   * that the register texts reach the page.
   */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> completeVersion(Function<TextField, String> text) {
    Map<String, Object> version = complete(Format.VERSION_FILE, "", text, 0);
    Map<String, Object> first =
        (Map<String, Object>) ((List<Object>) version.get("sections")).get(0);
    StringBuilder body = new StringBuilder(String.valueOf(first.get("body")));
    for (String source : Format.EMBED_SOURCES) {
      body.append("\n\n```policy\nlist: ").append(source).append('\n');
      if (source.equals("data-items"))
        body.append("of: ").append(id("data_categories")).append('\n');
      body.append("item_end: \"")
          .append(escape(text.apply(new TextField("item_end", Scalars.PUNCTUATION))))
          .append("\"\n```");
    }
    first.put("body", body.toString());
    return version;
  }

  private static Map<String, Object> complete(
      Type.Obj obj, String path, Function<TextField, String> text, int depth) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (Type.Field f : obj.fields()) {
      // Of keys that exclude each other (a transfer's country or organisation), the first only.
      if (obj.exactlyOne().indexOf(f.key()) > 0) continue;
      String at = path.isEmpty() ? f.key() : path + "." + f.key();
      Object v = value(f.key(), f.type(), at, text, depth);
      if (v != null) m.put(f.key(), v);
    }
    return m;
  }

  private static Object value(
      String key, Type type, String path, Function<TextField, String> text, int depth) {
    if (type instanceof Type.Obj o) return complete(o, path, text, depth + 1);
    if (type instanceof Type.ListOf l) {
      if (key.equals("sections") && depth > 2) return null; // two levels of subsections
      Object item = value(key, l.item(), path + "[0]", text, depth);
      if (key.equals("sections")) {
        @SuppressWarnings("unchecked")
        Map<String, Object> section = (Map<String, Object>) item;
        section.put("id", "section-" + path.replaceAll("[^0-9]", "") + depth);
      }
      List<Object> items = new ArrayList<>();
      items.add(item);
      return items;
    }
    return scalar(key, (Type.Scalar) type, path, text);
  }

  private static String scalar(
      String key, Type.Scalar s, String path, Function<TextField, String> text) {
    if (s == Scalars.TEXT
        || s == Scalars.LINE
        || s == Scalars.MARKDOWN
        || s == Scalars.PUNCTUATION) {
      String t = text.apply(new TextField(path, s));
      return s == Scalars.MARKDOWN && key.equals("statement") ? t + " {period}" : t;
    }
    if (s == Scalars.ID) {
      if (key.equals("id")) {
        if (path.equals("id")) return POLICY_ID;
        String list = path.substring(0, path.indexOf('['));
        return id(list.contains(".") ? list.substring(list.lastIndexOf('.') + 1) : list);
      }
      if (key.equals("version")) return VERSION_ID;
      return id(REFERENCES.getOrDefault(key, key));
    }
    if (s == Scalars.VERSION_ID || s == Scalars.DATE) return VERSION_ID;
    if (s == Scalars.DURATION) return "P1Y";
    if (s == Scalars.LIFETIME) return "session";
    if (s == Scalars.COUNTRY) return "FR";
    if (s == Scalars.LANGUAGE) return "en";
    if (s == Scalars.URL || s == Scalars.BASE_URL) return "https://example.com/";
    if (s == Scalars.EMAIL) return "dpo@example.com";
    if (s == Scalars.BOOLEAN) return "true";
    if (s == Scalars.DPV_CONCEPT) return "pd:Location";
    if (key.equals("status")) return "published";
    return s.json().values().get(0); // a word of a fixed set: the first will do
  }

  /** The id every item of the list {@code key} gets, and that references to it use. */
  static String id(String listKey) {
    return listKey.replace('_', '-') + "-1";
  }

  /** The YAML text of a document tree, in block style. */
  public static String yaml(Object document) {
    StringBuilder sb = new StringBuilder();
    write(document, 0, sb, false);
    return sb.toString();
  }

  private static void write(Object v, int indent, StringBuilder sb, boolean inline) {
    String pad = "  ".repeat(indent);
    if (v instanceof Map<?, ?> m && !m.isEmpty()) {
      boolean first = true;
      for (Map.Entry<?, ?> e : m.entrySet()) {
        if (!(first && inline)) sb.append(pad);
        first = false;
        sb.append(e.getKey()).append(':');
        child(e.getValue(), indent + 1, sb);
      }
    } else if (v instanceof List<?> l && !l.isEmpty()) {
      boolean first = true;
      for (Object item : l) {
        if (!(first && inline)) sb.append(pad);
        first = false;
        sb.append("- ");
        if (item instanceof Map<?, ?> im && !im.isEmpty()
            || item instanceof List<?> il && !il.isEmpty()) {
          write(item, indent + 1, sb, true);
        } else {
          sb.append(flowOrScalar(item)).append('\n');
        }
      }
    } else {
      sb.append(pad).append(flowOrScalar(v)).append('\n');
    }
  }

  private static void child(Object v, int indent, StringBuilder sb) {
    if (v instanceof Map<?, ?> m && !m.isEmpty() || v instanceof List<?> l && !l.isEmpty()) {
      sb.append('\n');
      write(v, indent, sb, false);
    } else {
      sb.append(' ').append(flowOrScalar(v)).append('\n');
    }
  }

  private static String flowOrScalar(Object v) {
    if (v instanceof Map<?, ?>) return "{}";
    if (v instanceof List<?>) return "[]";
    return scalarText(v);
  }

  private static String scalarText(Object v) {
    if (v instanceof Plain p) return p.text();
    return "\"" + escape(String.valueOf(v)) + "\"";
  }

  /** The text inside YAML double quotes. */
  public static String escape(String s) {
    StringBuilder sb = new StringBuilder();
    s.codePoints()
        .forEach(
            c -> {
              switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                default -> {
                  if (c < 0x20
                      || c == 0x7f
                      || (c >= 0x80 && c < 0xa0)
                      || c == 0x2028
                      || c == 0x2029
                      || c == 0xfeff
                      || Character.getType(c) == Character.SURROGATE // a half, alone
                      || OneLine.noncharacter(c)) {
                    // UTF-8 has no bytes for a lone half: only an escape can write it.
                    sb.append(String.format(c > 0xffff ? "\\U%08x" : "\\u%04x", c));
                  } else {
                    sb.appendCodePoint(c);
                  }
                }
              }
            });
    return sb.toString();
  }
}
