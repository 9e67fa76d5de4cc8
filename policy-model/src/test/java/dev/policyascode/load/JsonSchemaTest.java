package dev.policyascode.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.policyascode.diagnostics.Finding;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The editor's JSON Schema: committed as generated, valid for every policy file in the repository,
 * and in agreement with the loader on what it refuses.
 */
class JsonSchemaTest {

  /** The tests run in policy-model/; the repository is its parent. */
  private static final Path REPO = Path.of("..").toAbsolutePath().normalize();

  /** Works on a fresh clone: the reactor builds what the test needs, nothing is installed. */
  static final String REGENERATE =
      "cd "
          + REPO
          + " && mvn -B -q -pl policy-model -am test -Dtest=JsonSchemaTest"
          + " -Dsurefire.failIfNoSpecifiedTests=false -Dschema.update=true";

  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

  private static final Schema POLICY = schema(JsonSchemaWriter.policySchema());
  private static final Schema VERSION = schema(JsonSchemaWriter.versionSchema());
  private static final Schema TRANSLATION = schema(JsonSchemaWriter.translationSchema());

  @Test
  void committedSchemasAreWhatTheWriterGenerates() throws IOException {
    for (Map.Entry<String, String> e : JsonSchemaWriter.schemas().entrySet()) {
      Path file = REPO.resolve("schema").resolve(e.getKey());
      if (Boolean.getBoolean("schema.update")) {
        Files.createDirectories(file.getParent());
        Files.writeString(file, e.getValue(), StandardCharsets.UTF_8);
      }
      String how = "; regenerate it from Format.java with:\n  " + REGENERATE;
      if (!Files.isRegularFile(file)) fail(file + " does not exist" + how);
      assertEquals(
          e.getValue(),
          Files.readString(file, StandardCharsets.UTF_8),
          file + " is not what JsonSchemaWriter generates from Format.java" + how);
    }
  }

  @Test
  void generatedSchemasAreStable() {
    assertEquals(JsonSchemaWriter.schemas(), JsonSchemaWriter.schemas());
    JsonSchemaWriter.schemas()
        .forEach(
            (name, text) -> {
              assertTrue(text.endsWith("}\n"), name + " ends with a newline");
              assertFalse(text.contains("\r"), name + " has Unix line ends");
            });
  }

  @Test
  void formatAcceptsTheNumberAndTheTextOne() {
    JsonNode schema = JsonMapper.builder().build().readTree(JsonSchemaWriter.policySchema());
    assertEquals("[1,\"1\"]", schema.get("properties").get("format").get("enum").toString());
    JsonNode version = JsonMapper.builder().build().readTree(JsonSchemaWriter.versionSchema());
    assertEquals(
        "#/$defs/section",
        version
            .get("$defs")
            .get("section")
            .get("properties")
            .get("sections")
            .get("items")
            .get("$ref")
            .asString());
  }

  @Test
  void everyPolicyFileInTheRepositoryIsValid() throws IOException {
    Path policies = REPO.resolve("policies");
    List<Path> files = new ArrayList<>();
    if (Files.isDirectory(policies)) {
      try (Stream<Path> folders = Files.list(policies)) {
        for (Path folder : folders.sorted().toList()) {
          if (Files.isRegularFile(folder.resolve(PolicyLoader.POLICY_FILE))) {
            files.add(folder.resolve(PolicyLoader.POLICY_FILE));
          }
          Path versions = folder.resolve(PolicyLoader.VERSIONS_DIR);
          if (Files.isDirectory(versions)) {
            try (Stream<Path> v = Files.list(versions)) {
              v.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(files::add);
            }
          }
        }
      }
    }
    assertFalse(files.isEmpty(), "no policy file found under " + policies);
    List<String> problems = new ArrayList<>();
    for (Path file : files) {
      String name = file.getFileName().toString();
      // A version id holds no dot: <version>.<language>.yaml is a translation (the flagship's fr).
      Schema schema =
          name.equals(PolicyLoader.POLICY_FILE)
              ? POLICY
              : name.chars().filter(c -> c == '.').count() > 1 ? TRANSLATION : VERSION;
      for (Error e : schema.validate(Yaml12.read(Files.readString(file)))) {
        problems.add(REPO.relativize(file) + ": " + e);
      }
    }
    assertTrue(problems.isEmpty(), String.join("\n", problems));
  }

  // -- The schema refuses what the loader refuses ----------------------------------------------

  private static final String GOOD_POLICY =
      """
      format: 1
      id: acme
      title: Privacy Policy
      controller:
        name: Acme
        phone: "01234"
        country: NO
      languages: [en, fr-BE]
      base_url: https://acme.example/privacy/
      """;

  private static final String GOOD_VERSION =
      """
      format: "1"
      version: 2018-05-25
      effective: 2018-05-25
      status: published
      data_categories:
        - id: email
          name: Email
          required: true
      retention:
        - id: accounts
          period: P3Y
          statement: Kept {period}.
      recipient_categories:
        - id: hosting
          name: Hosting providers
      recipients:
        - id: nordhost
          name: Nordhost
          category: hosting
          role: processor
          country: NO
      sections:
        - id: intro
          title: Introduction
          body: |
            Hello.
          sections:
            - id: scope
              title: Scope
      """;

  static Stream<Arguments> goodFiles() {
    return Stream.of(
        Arguments.of("policy", Format.POLICY, GOOD_POLICY),
        Arguments.of("version", Format.VERSION_FILE, GOOD_VERSION),
        good(
            "a transfer to an international organisation",
            Format.VERSION_FILE,
            GOOD_VERSION,
            "    country: NO\n",
            "    country: NO\n"
                + transfer("    international_organisation: european-patent-organisation\n")),
        // What an editor reads as a number or a boolean, and the loader as the text it is.
        good("a number as an id", Format.POLICY, GOOD_POLICY, "id: acme", "id: 12"),
        good("a boolean as an id", Format.POLICY, GOOD_POLICY, "id: acme", "id: true"),
        good("a boolean as a title", Format.POLICY, GOOD_POLICY, "Privacy Policy", "true"),
        good("a fraction as a title", Format.POLICY, GOOD_POLICY, "Privacy Policy", "1.10"),
        good("a number as a section id", Format.VERSION_FILE, GOOD_VERSION, "id: scope", "id: 2"));
  }

  /** A transfer to the version's recipient, with {@code destination} as its keys. */
  private static String transfer(String destination) {
    return "transfers:\n  - recipient: nordhost\n"
        + destination
        + "    safeguard: adequacy-decision\n";
  }

  private static Arguments good(String name, Type type, String file, String from, String to) {
    return edited(name, type, file, from, to);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goodFiles")
  void bothAcceptAGoodFile(String name, Type type, String yaml) {
    assertEquals(List.of(), loaderFindings(yaml, type));
    assertEquals(List.of(), schemaErrors(yaml, type));
  }

  static Stream<Arguments> badFiles() {
    return Stream.of(
        bad("unknown key", Format.POLICY, GOOD_POLICY, "title:", "titel:"),
        bad(
            "unknown key in a nested mapping",
            Format.POLICY,
            GOOD_POLICY,
            "  phone:",
            "  telephone:"),
        bad("missing required key", Format.POLICY, GOOD_POLICY, "title: Privacy Policy\n", ""),
        bad(
            "missing required key in a list item",
            Format.VERSION_FILE,
            GOOD_VERSION,
            "    role: processor\n",
            ""),
        bad("text where a list belongs", Format.POLICY, GOOD_POLICY, "[en, fr-BE]", "en"),
        bad("list where a text belongs", Format.POLICY, GOOD_POLICY, "Privacy Policy", "[a, b]"),
        bad("mapping where a text belongs", Format.POLICY, GOOD_POLICY, "Privacy Policy", "{a: b}"),
        bad("empty list", Format.POLICY, GOOD_POLICY, "[en, fr-BE]", "[]"),
        bad("no value", Format.POLICY, GOOD_POLICY, "Privacy Policy", ""),
        bad("empty text", Format.POLICY, GOOD_POLICY, "Privacy Policy", "\"\""),
        bad("blank text", Format.POLICY, GOOD_POLICY, "Privacy Policy", "\"   \""),
        bad("line break in a title", Format.POLICY, GOOD_POLICY, "Privacy Policy", "\"A\\nB\""),
        bad(
            "line break in a section title",
            Format.VERSION_FILE,
            GOOD_VERSION,
            "title: Scope",
            "title: |\n                Scope"),
        bad(
            "yes is not a boolean",
            Format.VERSION_FILE,
            GOOD_VERSION,
            "required: true",
            "required: yes"),
        bad(
            "bad enum word",
            Format.VERSION_FILE,
            GOOD_VERSION,
            "status: published",
            "status: publshed"),
        bad(
            "bad enum word in a list item",
            Format.VERSION_FILE,
            GOOD_VERSION,
            "role: processor",
            "role: subprocessor"),
        bad("bad format version", Format.POLICY, GOOD_POLICY, "format: 1", "format: 2"),
        bad(
            "bad date pattern",
            Format.VERSION_FILE,
            GOOD_VERSION,
            "effective: 2018-05-25",
            "effective: 25/05/2018"),
        bad("bad id pattern", Format.POLICY, GOOD_POLICY, "id: acme", "id: Acme Corp"),
        bad(
            "bad id pattern in a subsection",
            Format.VERSION_FILE,
            GOOD_VERSION,
            "id: scope",
            "id: -scope"),
        bad("bad duration", Format.VERSION_FILE, GOOD_VERSION, "P3Y", "3 years"),
        bad("bad country code", Format.POLICY, GOOD_POLICY, "country: NO", "country: Norway"),
        bad("bad language tag", Format.POLICY, GOOD_POLICY, "fr-BE", "French"),
        bad(
            "bad web address",
            Format.POLICY,
            GOOD_POLICY,
            "https://acme.example/privacy/",
            "acme.example"),
        bad(
            "base URL with a query",
            Format.POLICY,
            GOOD_POLICY,
            "https://acme.example/privacy/",
            "https://acme.example/privacy/?ref=x"),
        bad(
            "base URL that does not end in /",
            Format.POLICY,
            GOOD_POLICY,
            "https://acme.example/privacy/",
            "https://acme.example/privacy"),
        bad(
            "base URL with a space",
            Format.POLICY,
            GOOD_POLICY,
            "https://acme.example/privacy/",
            "'https://acme.example/our privacy/'"),
        bad(
            "version id that names the archive page",
            Format.VERSION_FILE,
            GOOD_VERSION,
            "version: 2018-05-25",
            "version: archive"),
        // An editor reads these as numbers or booleans, which a schema cannot check against a
        // pattern; the loader reads the text and refuses it, so the schema must too.
        bad(
            "number where a date belongs",
            Format.VERSION_FILE,
            GOOD_VERSION,
            "effective: 2018-05-25",
            "effective: 20180525"),
        bad("number where a period belongs", Format.VERSION_FILE, GOOD_VERSION, "P3Y", "10"),
        bad(
            "a transfer that goes nowhere",
            Format.VERSION_FILE,
            GOOD_VERSION,
            "    country: NO\n",
            "    country: NO\n" + transfer("")),
        bad(
            "a transfer to a country and an international organisation",
            Format.VERSION_FILE,
            GOOD_VERSION,
            "    country: NO\n",
            "    country: NO\n"
                + transfer(
                    "    country: NO\n    international_organisation: european-patent-organisation\n")),
        bad(
            "an unknown international organisation",
            Format.VERSION_FILE,
            GOOD_VERSION,
            "    country: NO\n",
            "    country: NO\n"
                + transfer("    international_organisation: world-patent-office\n")),
        bad(
            "number where a country belongs",
            Format.POLICY,
            GOOD_POLICY,
            "country: NO",
            "country: 12"),
        bad("boolean where a language belongs", Format.POLICY, GOOD_POLICY, "fr-BE", "true"),
        bad("fraction where an id belongs", Format.POLICY, GOOD_POLICY, "id: acme", "id: 1.5"),
        bad(
            "negative number where an id belongs",
            Format.POLICY,
            GOOD_POLICY,
            "id: acme",
            "id: -1"),
        bad(
            "number where a web address belongs",
            Format.POLICY,
            GOOD_POLICY,
            "https://acme.example/privacy/",
            "1.5"),
        bad(
            "unknown key in a recursive section",
            Format.VERSION_FILE,
            GOOD_VERSION,
            "      title: Scope",
            "      titel: Scope"));
  }

  private static Arguments bad(String name, Type type, String file, String from, String to) {
    return edited(name, type, file, from, to);
  }

  /** {@code file} with the first {@code from} replaced by {@code to}. */
  private static Arguments edited(String name, Type type, String good, String from, String to) {
    assertTrue(good.contains(from), name + ": the good file has no '" + from + "'");
    return Arguments.of(
        name,
        type,
        good.replaceFirst(Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badFiles")
  void bothRefuseABadFile(String name, Type type, String yaml) {
    assertFalse(loaderFindings(yaml, type).isEmpty(), "the loader accepts it:\n" + yaml);
    assertFalse(schemaErrors(yaml, type).isEmpty(), "the schema accepts it:\n" + yaml);
  }

  private static List<String> loaderFindings(String yaml, Type type) {
    List<Finding> findings = new ArrayList<>();
    YamlFile.parse(yaml, "test.yaml", type, findings::add);
    return findings.stream().map(Finding::format).toList();
  }

  private static List<String> schemaErrors(String yaml, Type type) {
    Schema schema = type == Format.POLICY ? POLICY : VERSION;
    return schema.validate(Yaml12.read(yaml)).stream().map(Error::toString).toList();
  }

  private static Schema schema(String json) {
    return REGISTRY.getSchema(JsonMapper.builder().build().readTree(json));
  }

  // -- YAML as an editor reads it --------------------------------------------------------------

  /**
   * Reads YAML into a JSON tree the way an editor's YAML 1.2 language server does: with the core
   * schema, a plain {@code true} is a boolean, {@code 01234} and {@code 1.10} are numbers, {@code
   * ~} and nothing are null, and {@code NO}, {@code yes}, {@code 12:30} and {@code 2018-05-25} are
   * text. Quoted scalars are always text.
   */
  static final class Yaml12 {
    private static final Pattern NULL = Pattern.compile("~|null|Null|NULL|");
    private static final Pattern BOOL = Pattern.compile("true|True|TRUE|false|False|FALSE");
    private static final Pattern INT = Pattern.compile("[-+]?[0-9]+");
    private static final Pattern OCTAL = Pattern.compile("0o[0-7]+");
    private static final Pattern HEX = Pattern.compile("0x[0-9a-fA-F]+");
    private static final Pattern FLOAT =
        Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");
    private static final Pattern SPECIAL_FLOAT =
        Pattern.compile("[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Yaml12() {}

    static JsonNode read(String yaml) {
      Node root = new Yaml(new LoaderOptions()).compose(new StringReader(yaml));
      return root == null ? NODES.nullNode() : node(root);
    }

    private static JsonNode node(Node node) {
      if (node instanceof MappingNode m) {
        ObjectNode o = NODES.objectNode();
        for (NodeTuple t : m.getValue()) {
          String key = ((ScalarNode) t.getKeyNode()).getValue();
          if (o.has(key)) throw new IllegalArgumentException("duplicate key " + key);
          o.set(key, node(t.getValueNode()));
        }
        return o;
      }
      if (node instanceof SequenceNode s) {
        ArrayNode a = NODES.arrayNode();
        s.getValue().forEach(item -> a.add(node(item)));
        return a;
      }
      ScalarNode s = (ScalarNode) node;
      String v = s.getValue();
      if (!s.isPlain()) return NODES.stringNode(v);
      if (NULL.matcher(v).matches()) return NODES.nullNode();
      if (BOOL.matcher(v).matches()) return NODES.booleanNode(v.equalsIgnoreCase("true"));
      if (INT.matcher(v).matches()) return NODES.numberNode(new BigInteger(v));
      if (OCTAL.matcher(v).matches()) return NODES.numberNode(new BigInteger(v.substring(2), 8));
      if (HEX.matcher(v).matches()) return NODES.numberNode(new BigInteger(v.substring(2), 16));
      if (FLOAT.matcher(v).matches()) return NODES.numberNode(new BigDecimal(v));
      if (SPECIAL_FLOAT.matcher(v).matches()) {
        String lower = v.toLowerCase(java.util.Locale.ROOT);
        return NODES.numberNode(
            lower.endsWith("nan")
                ? Double.NaN
                : lower.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY);
      }
      return NODES.stringNode(v);
    }
  }

  @Test
  void yaml12ReadsScalarsAsAnEditorDoes() {
    JsonNode n =
        Yaml12.read(
            "a: NO\n"
                + "b: 01234\n"
                + "c: 1.10\n"
                + "d: '12:30'\n"
                + "e: yes\n"
                + "f: true\n"
                + "g: 2018-05-25\n"
                + "h: ~\n"
                + "i: \"1\"\n"
                + "j: 12:30\n");
    assertEquals(
        "{\"a\":\"NO\",\"b\":1234,\"c\":1.10,\"d\":\"12:30\",\"e\":\"yes\",\"f\":true,"
            + "\"g\":\"2018-05-25\",\"h\":null,\"i\":\"1\",\"j\":\"12:30\"}",
        n.toString());
  }
}
