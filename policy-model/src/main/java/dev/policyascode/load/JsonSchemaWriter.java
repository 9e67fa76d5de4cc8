package dev.policyascode.load;

import dev.policyascode.json.Json;
import dev.policyascode.json.JsonArray;
import dev.policyascode.json.JsonObject;
import dev.policyascode.load.Type.Field;
import dev.policyascode.load.Type.JsonShape;
import dev.policyascode.load.Type.ListOf;
import dev.policyascode.load.Type.Obj;
import dev.policyascode.load.Type.Scalar;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Writes the editor's JSON Schema (draft 2020-12) of the policy files from {@link Format}, so that
 * the editor's validation and the build's can never drift apart. The committed files under {@code
 * schema/} are checked against this writer's output by a test; regenerate them with {@link #main}.
 *
 * <p>An editor's YAML language server reads YAML 1.2, where a plain {@code 1} is a number and
 * {@code true} a boolean, whereas the loader reads every scalar as its source text. A fixed word
 * that YAML 1.2 reads as a number or a boolean ({@code format: 1}) is therefore accepted in both
 * forms.
 */
public final class JsonSchemaWriter {

  /** Where the schemas are published; any stable address would do, it is only an identifier. */
  public static final String BASE_URI = "https://policyascode.dev/schema/";

  /** The schema of {@code <policy>/policy.yaml}. */
  public static final String POLICY_SCHEMA = "policy.schema.json";

  /** The schema of {@code <policy>/versions/<version>.yaml}. */
  public static final String VERSION_SCHEMA = "policy-version.schema.json";

  /** The schema of {@code <policy>/versions/<version>.<language>.yaml}. */
  public static final String TRANSLATION_SCHEMA = "policy-translation.schema.json";

  /** The schema of {@code <policy>/store-labels.yaml}. */
  public static final String STORE_LABELS_SCHEMA = "store-labels.schema.json";

  private static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";

  /** YAML 1.2 core schema: the plain scalars a language server reads as integers or booleans. */
  private static final Pattern YAML12_INT = Pattern.compile("[-+]?[0-9]+");

  private static final Pattern YAML12_BOOL = Pattern.compile("true|True|TRUE|false|False|FALSE");

  /** Plain scalars YAML 1.2's core schema reads as integers. */
  private static final List<String> INTEGERS =
      List.of("0", "7", "12", "007", "20270101", "0x1F", "0o17");

  /** Plain scalars YAML 1.2's core schema reads as negative numbers. */
  private static final List<String> NEGATIVES = List.of("-1", "-1.5");

  /**
   * Plain scalars YAML 1.2's core schema reads as numbers that are not integers. Not {@code 1e3}:
   * the text of an id to the loader, a number to the editor, it would let {@code id: 1.5} pass;
   * such an id has to be quoted for the editor.
   */
  private static final List<String> FRACTIONS = List.of("1.5", "1.10", ".5");

  /** Plain scalars YAML 1.2's core schema reads as booleans. */
  private static final List<String> BOOLEANS = List.of("true", "false");

  private JsonSchemaWriter() {}

  /** Writes both schemas into the folder {@code args[0]}, such as {@code schema}. */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: JsonSchemaWriter <folder>   (such as: schema)");
      System.exit(2);
    }
    Path folder = Path.of(args[0]).toAbsolutePath().normalize();
    Files.createDirectories(folder);
    for (Map.Entry<String, String> e : schemas().entrySet()) {
      Path file = folder.resolve(e.getKey());
      Files.writeString(file, e.getValue(), StandardCharsets.UTF_8);
      System.out.println("wrote " + file);
    }
  }

  /** Every schema, by file name, as the text to commit: pretty-printed, ending in a newline. */
  public static Map<String, String> schemas() {
    Map<String, String> all = new LinkedHashMap<>();
    all.put(POLICY_SCHEMA, policySchema());
    all.put(VERSION_SCHEMA, versionSchema());
    all.put(TRANSLATION_SCHEMA, translationSchema());
    all.put(STORE_LABELS_SCHEMA, storeLabelsSchema());
    return all;
  }

  public static String policySchema() {
    return text(
        schema(
            Format.POLICY,
            POLICY_SCHEMA,
            "Privacy policy: policy.yaml (format " + Format.VERSION + ")"));
  }

  public static String versionSchema() {
    return text(
        schema(
            Format.VERSION_FILE,
            VERSION_SCHEMA,
            "Privacy policy version: versions/<version>.yaml (format " + Format.VERSION + ")"));
  }

  public static String translationSchema() {
    return text(
        schema(
            FormatTranslations.TRANSLATION_FILE,
            TRANSLATION_SCHEMA,
            "Privacy policy translation: versions/<version>.<language>.yaml (format "
                + Format.VERSION
                + ")"));
  }

  public static String storeLabelsSchema() {
    return text(
        schema(
            Format.STORE_LABELS,
            STORE_LABELS_SCHEMA,
            "App store labels: store-labels.yaml (format " + Format.VERSION + ")"));
  }

  static JsonObject schema(Obj root, String fileName, String title) {
    Map<String, JsonObject> defs = new TreeMap<>();
    Map<String, Obj> defined = new LinkedHashMap<>();
    JsonObject schema = new JsonObject();
    schema.put("$schema", DIALECT);
    schema.put("$id", BASE_URI + fileName);
    schema.put("title", title);
    schema.put("description", root.description());
    schema.put(
        "$comment",
        "Generated from dev.policyascode.load.Format by dev.policyascode.load.JsonSchemaWriter;"
            + " do not edit by hand.");
    objectBody(schema, root, defs, defined);
    if (!defs.isEmpty()) {
      JsonObject d = schema.putObject("$defs");
      defs.forEach(d::put);
    }
    return schema;
  }

  /** The members of an object schema: type, properties, required, additionalProperties. */
  private static void objectBody(
      JsonObject target, Obj obj, Map<String, JsonObject> defs, Map<String, Obj> defined) {
    target.put("type", "object");
    JsonObject properties = target.putObject("properties");
    JsonArray required = new JsonArray();
    for (Field f : obj.fields()) {
      JsonObject p = properties.putObject(f.key());
      p.put("description", f.description());
      describe(p, f.type(), defs, defined);
      if (f.required()) required.add(f.key());
    }
    if (!required.isEmpty()) target.put("required", required);
    if (!obj.exactlyOne().isEmpty()) {
      JsonArray oneOf = target.putArray("oneOf");
      obj.exactlyOne().forEach(k -> oneOf.addObject().putArray("required").add(k));
    }
    target.put("additionalProperties", false);
  }

  /** Adds to {@code target} what the schema says of a value of {@code type}. */
  private static void describe(
      JsonObject target, Type type, Map<String, JsonObject> defs, Map<String, Obj> defined) {
    if (type instanceof Scalar s) {
      scalar(target, s.json());
    } else if (type instanceof ListOf l) {
      target.put("type", "array");
      if (l.nonEmpty()) target.put("minItems", 1);
      JsonObject items = target.putObject("items");
      if (l.item() instanceof Scalar s) items.put("description", s.description());
      describe(items, l.item(), defs, defined);
    } else {
      target.put("$ref", "#/$defs/" + define((Obj) type, defs, defined));
    }
  }

  /** The name of {@code obj} under {@code $defs}, defining it the first time it is met. */
  private static String define(Obj obj, Map<String, JsonObject> defs, Map<String, Obj> defined) {
    String name = obj.name().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    Obj known = defined.get(name);
    if (known != null) {
      if (known != obj) {
        throw new IllegalStateException("two types of the format are both named '" + name + "'");
      }
      return name;
    }
    defined.put(name, obj);
    JsonObject def = new JsonObject();
    defs.put(name, def); // before the body: a section refers to itself
    def.put("description", obj.description());
    objectBody(def, obj, defs, defined);
    return name;
  }

  private static void scalar(JsonObject target, JsonShape shape) {
    if (!shape.values().isEmpty()) {
      JsonArray values = new JsonArray();
      boolean onlyStrings = true;
      for (String v : shape.values()) {
        Object read = readAsYaml12(v);
        if (!(read instanceof String)) {
          values.add(read);
          onlyStrings = false;
        }
        values.add(v);
      }
      if (onlyStrings) target.put("type", shape.type());
      target.put("enum", values);
      return;
    }
    if (shape.type().equals("string")) {
      Predicate<String> accepted = matches(shape.pattern());
      JsonArray types = readings(accepted);
      target.put("type", types);
      // "12" is an id, "-1" is not; a minimum applies to numbers only
      boolean numeric = types.size() > 1 && !types.get(1).equals("boolean");
      if (numeric && NEGATIVES.stream().noneMatch(accepted)) target.put("minimum", 0);
    } else {
      target.put("type", shape.type());
    }
    if (shape.pattern() != null) target.put("pattern", shape.pattern());
    if (shape.format() != null) target.put("format", shape.format());
  }

  /**
   * The JSON types a value may have: always a string, and a number or a boolean only where the
   * pattern accepts the text of one. The loader reads every scalar as the text written, so {@code
   * 12} or {@code true} unquoted are a fine name or id to it, and the editor, which reads YAML 1.2,
   * must not flag them; but {@code period: 10} or {@code effective: 20270101} are refused by the
   * loader whatever their type, and must be by the schema too, which cannot check a pattern against
   * a number. Samples stand for each YAML 1.2 reading; the patterns are the format's own, and
   * JsonSchemaTest feeds the loader's refusals to the schema to catch a sample that misleads.
   */
  private static JsonArray readings(Predicate<String> accepted) {
    JsonArray types = new JsonArray().add("string");
    if (INTEGERS.stream().anyMatch(accepted)) {
      types.add(FRACTIONS.stream().anyMatch(accepted) ? "number" : "integer");
    } else if (FRACTIONS.stream().anyMatch(accepted)) {
      types.add("number");
    }
    if (BOOLEANS.stream().anyMatch(accepted)) types.add("boolean");
    return types;
  }

  /** Whether a JSON Schema pattern, which is not anchored, accepts a word. */
  private static Predicate<String> matches(String pattern) {
    if (pattern == null) return word -> true;
    Pattern p = Pattern.compile(pattern);
    return word -> p.matcher(word).find();
  }

  /** What a YAML 1.2 reader makes of {@code word} written plain: an integer, a boolean or text. */
  private static Object readAsYaml12(String word) {
    if (YAML12_INT.matcher(word).matches()) {
      BigInteger n = new BigInteger(word);
      return n.bitLength() < 64 ? (Object) n.longValue() : n;
    }
    if (YAML12_BOOL.matcher(word).matches()) {
      return word.toLowerCase(Locale.ROOT).equals("true");
    }
    return word;
  }

  /** Two-space indentation, {@code "key": value}, Unix line ends whatever the machine. */
  private static String text(JsonObject schema) {
    return Json.pretty(schema) + "\n";
  }
}
