package dev.policyascode.load;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A type of the YAML format. The loader checks a node against it, and the JSON Schema is generated
 * from it, so that the editor's validation and the build's can never disagree.
 */
public sealed interface Type permits Type.Scalar, Type.ListOf, Type.Obj {

  /** A short noun for messages: "a date", "a list of section", "a section". */
  String noun();

  /**
   * A scalar, always read as its source text. {@code check} returns a message when the text is not
   * acceptable ("'P3' is not a duration; write ..."), or empty. Only a {@code multiline} scalar,
   * prose, may hold a line break: every other value is one line, such as a title or a term.
   */
  record Scalar(
      String noun,
      String description,
      Function<String, Optional<String>> check,
      JsonShape json,
      boolean multiline)
      implements Type {
    public Scalar {
      Objects.requireNonNull(noun, "noun must not be null");
      Objects.requireNonNull(check, "check must not be null");
      Objects.requireNonNull(json, "json must not be null");
    }

    /** A one-line scalar. */
    public Scalar(
        String noun, String description, Function<String, Optional<String>> check, JsonShape json) {
      this(noun, description, check, json, false);
    }
  }

  /** What the JSON Schema says of a scalar: its JSON type plus a pattern, enum or format. */
  record JsonShape(String type, String pattern, List<String> values, String format) {
    public static JsonShape string() {
      return new JsonShape("string", null, List.of(), null);
    }

    public static JsonShape pattern(String regex) {
      return new JsonShape("string", regex, List.of(), null);
    }

    public static JsonShape oneOf(List<String> values) {
      return new JsonShape("string", null, List.copyOf(values), null);
    }

    public static JsonShape format(String format) {
      return new JsonShape("string", null, List.of(), format);
    }
  }

  /** A sequence whose items all have one type. */
  record ListOf(Type item, boolean nonEmpty) implements Type {
    @Override
    public String noun() {
      return "a list";
    }
  }

  /**
   * A mapping with known keys; any other key is an error. Of the optional keys in {@code
   * exactlyOne}, if any, one must be written and only one, such as a transfer's country or
   * international organisation.
   */
  record Obj(String name, String description, List<Field> fields, List<String> exactlyOne)
      implements Type {
    public Obj {
      // A view, not a copy: a section lists sections, so its fields are completed after creation.
      fields = java.util.Collections.unmodifiableList(fields);
      exactlyOne = List.copyOf(exactlyOne);
    }

    public Obj(String name, String description, List<Field> fields) {
      this(name, description, fields, List.of());
    }

    @Override
    public String noun() {
      return "a mapping (" + name + ")";
    }

    public Optional<Field> field(String key) {
      for (Field f : fields) { // a loop, not a stream: asked for every key of every file
        if (f.key().equals(key)) return Optional.of(f);
      }
      return Optional.empty();
    }
  }

  /** A key of a mapping. */
  record Field(String key, Type type, boolean required, String description) {
    public Field {
      Objects.requireNonNull(key, "key must not be null");
      Objects.requireNonNull(type, "type must not be null");
      Objects.requireNonNull(description, "description must not be null");
    }
  }
}
