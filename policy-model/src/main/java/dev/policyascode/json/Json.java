package dev.policyascode.json;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;

/**
 * Reads and writes JSON with jackson-core's streaming parser and generator only. Jackson's databind
 * took a quarter of a second to start in a cold JVM, more than the whole lint of the flagship once
 * warm, and its binding was never used: every file was read and written as a tree
 * (docs/performance.md, "Cold start in Maven"). The text written is databind's to the byte: the
 * same generator, the same pretty printer.
 */
public final class Json {

  /** What {@link #read} returns for a text with no JSON value in it (empty or only blanks). */
  public static final Object NOTHING = new Object();

  /**
   * Strict where a hand-edited file could otherwise be misread: a duplicate key would let the
   * second value silently win (and the trailing text check in {@link #read}).
   */
  private static final JsonFactory FACTORY =
      JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  /** Two-space indent, {@code "key": value}, {@code \n} line ends whatever the platform. */
  private static final DefaultPrettyPrinter PRETTY = prettyPrinter();

  private Json() {}

  /**
   * The one JSON value of {@code text}, {@link #NOTHING} when there is none.
   *
   * @throws JacksonException when the text is not well-formed JSON, has a duplicate key, or has
   *     more after the value; with the line and column
   */
  public static Object read(String text) {
    try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), text)) {
      JsonToken first = p.nextToken();
      if (first == null) return NOTHING;
      Object value = value(p, first);
      JsonToken trailing = p.nextToken();
      if (trailing != null) {
        throw new StreamReadException(
            p, "Trailing token (of type " + trailing + ") found after the value: one value only");
      }
      return value;
    }
  }

  private static Object value(JsonParser p, JsonToken t) {
    switch (t) {
      case START_OBJECT -> {
        JsonObject o = new JsonObject();
        for (JsonToken n = p.nextToken(); n != JsonToken.END_OBJECT; n = p.nextToken()) {
          String key = p.currentName();
          o.put(key, value(p, p.nextToken()));
        }
        return o;
      }
      case START_ARRAY -> {
        JsonArray a = new JsonArray();
        for (JsonToken n = p.nextToken(); n != JsonToken.END_ARRAY; n = p.nextToken()) {
          a.add(value(p, n));
        }
        return a;
      }
      case VALUE_STRING -> {
        return p.getString();
      }
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
        return p.getNumberValue();
      }
      case VALUE_TRUE -> {
        return Boolean.TRUE;
      }
      case VALUE_FALSE -> {
        return Boolean.FALSE;
      }
      case VALUE_NULL -> {
        return null;
      }
      default -> throw new StreamReadException(p, "Unexpected token " + t);
    }
  }

  /**
   * {@code value} pretty-printed, two-space indent, without a final newline. Besides the values of
   * {@link JsonObject}, a {@code Map} with text keys and a {@code List} are written as an object
   * and an array, as a template's model is made of them.
   */
  public static String pretty(Object value) {
    return write(value, true);
  }

  /** {@code value} on one line, without spaces. */
  public static String compact(Object value) {
    return write(value, false);
  }

  private static String write(Object value, boolean pretty) {
    StringWriter out = new StringWriter();
    ObjectWriteContext context =
        pretty
            ? new ObjectWriteContext.Base() {
              // The printer keeps its depth: a fresh one for each text, as databind makes.
              @Override
              public PrettyPrinter getPrettyPrinter() {
                return PRETTY.createInstance();
              }

              @Override
              public boolean hasPrettyPrinter() {
                return true;
              }
            }
            : ObjectWriteContext.empty();
    try (JsonGenerator g = FACTORY.createGenerator(context, out)) {
      write(g, value);
    }
    return out.toString();
  }

  private static void write(JsonGenerator g, Object value) {
    if (value == null) {
      g.writeNull();
    } else if (value instanceof String s) {
      g.writeString(s);
    } else if (value instanceof JsonObject o) {
      g.writeStartObject();
      for (Map.Entry<String, Object> e : o.members().entrySet()) {
        g.writeName(e.getKey());
        write(g, e.getValue());
      }
      g.writeEndObject();
    } else if (value instanceof JsonArray a) {
      g.writeStartArray();
      for (Object v : a) write(g, v);
      g.writeEndArray();
    } else if (value instanceof Integer i) {
      g.writeNumber(i);
    } else if (value instanceof Long l) {
      g.writeNumber(l);
    } else if (value instanceof BigInteger b) {
      g.writeNumber(b);
    } else if (value instanceof Double d) {
      g.writeNumber(d);
    } else if (value instanceof BigDecimal b) {
      g.writeNumber(b);
    } else if (value instanceof Boolean b) {
      g.writeBoolean(b);
    } else if (value instanceof Map<?, ?> m) {
      g.writeStartObject();
      for (Map.Entry<?, ?> e : m.entrySet()) {
        g.writeName((String) e.getKey());
        write(g, e.getValue());
      }
      g.writeEndObject();
    } else if (value instanceof List<?> l) {
      g.writeStartArray();
      for (Object v : l) write(g, v);
      g.writeEndArray();
    } else {
      throw new IllegalArgumentException("not a JSON value: " + value.getClass().getName());
    }
  }

  /** {@code value}, once it is known to be one {@link #write} can write. */
  static Object checked(Object value) {
    if (value == null
        || value instanceof String
        || value instanceof JsonObject
        || value instanceof JsonArray
        || value instanceof Integer
        || value instanceof Long
        || value instanceof BigInteger
        || value instanceof Double
        || value instanceof BigDecimal
        || value instanceof Boolean) {
      return value;
    }
    throw new IllegalArgumentException("not a JSON value: " + value.getClass().getName());
  }

  private static DefaultPrettyPrinter prettyPrinter() {
    Separators separators =
        Separators.createDefaultInstance()
            .withObjectNameValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator("");
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    return new DefaultPrettyPrinter(separators)
        .withObjectIndenter(indenter)
        .withArrayIndenter(indenter);
  }
}
