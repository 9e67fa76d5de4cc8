package dev.policyascode;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.policyascode.diagnostics.Finding;
import dev.policyascode.lint.LintReport;
import dev.policyascode.lint.Linter;
import dev.policyascode.lint.RuleRegistry;
import dev.policyascode.load.Format;
import dev.policyascode.load.PolicyLoader;
import dev.policyascode.load.Scalars;
import dev.policyascode.load.Type;
import dev.policyascode.render.RegisterRenderer;
import dev.policyascode.render.RenderResult;
import dev.policyascode.render.SiteRenderer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Random policies through load, lint and render. The generator knows the format ({@code
 * load/Format.java}): it writes its keys with valid, wrong and tricky values, random CommonMark
 * with links, references, HTML and embedded lists, and now and then breaks the YAML text itself.
 * The only failure allowed is the project's own finding, at a real line and column of a file that
 * was written; never an exception. What renders must be as safe as {@link HostileTextTest} demands.
 *
 * <p>Each try is one seed, named in the test's name, so a failure replays exactly. The default
 * build runs 200 fixed seeds (about 10 s of CPU); for a longer run with other seeds: {@code mvn -pl
 * policy-model -am test -Dtest=PolicyFuzzTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dpolicy.fuzz.tries=20000 -Dpolicy.fuzz.seed=1000000}.
 */
class PolicyFuzzTest {

  private static final Set<String> RULES =
      RuleRegistry.builtIn().stream().map(r -> r.meta().id()).collect(Collectors.toSet());

  private static Path dir;

  @BeforeAll
  static void createTheFolder() throws IOException {
    dir = Files.createTempDirectory("policy-fuzz-");
  }

  @AfterAll
  static void deleteTheFolder() throws IOException {
    delete(dir);
  }

  /** The files of one try: relative path to bytes. */
  record Tree(Map<String, byte[]> files) {
    @Override
    public String toString() {
      StringBuilder sb = new StringBuilder();
      files.forEach(
          (name, bytes) ->
              sb.append("\n=== ").append(name).append(" ===\n").append(new String(bytes, UTF_8)));
      return sb.toString();
    }
  }

  @TestFactory
  Stream<DynamicTest> onlyPositionedFindingsNeverAnException() {
    long tries = Long.getLong("policy.fuzz.tries", 200);
    long first = Long.getLong("policy.fuzz.seed", 1);
    return LongStream.range(first, first + tries)
        .mapToObj(
            seed ->
                DynamicTest.dynamicTest(
                    "seed " + seed,
                    () -> {
                      Tree tree = Generator.of(seed).tree();
                      Path root = Files.createTempDirectory(dir, "try-");
                      try {
                        loadLintRender(tree, root);
                      } finally {
                        delete(root);
                      }
                    }));
  }

  private static void loadLintRender(Tree tree, Path root) throws IOException {
    for (Map.Entry<String, byte[]> f : tree.files().entrySet()) {
      Path file = root.resolve(f.getKey());
      Files.createDirectories(file.getParent());
      Files.write(file, f.getValue());
    }
    LintReport report = Linter.builder().displayRoot(root).build().lint(root);
    for (Finding f : report.findings()) {
      String where = f.format() + "\nin" + tree;
      check(RULES.contains(f.ruleId()), "an unknown rule: " + where);
      check(tree.files().containsKey(f.at().file()), "a finding in no file written: " + where);
      String text = new String(tree.files().get(f.at().file()), UTF_8);
      int lines = text.split("\r\n|\r|\n", -1).length;
      check(f.at().line() >= 1 && f.at().line() <= lines + 1, "a line outside the file: " + where);
      check(f.at().column() >= 1, "a column before the line: " + where);
      check(!f.message().isBlank(), "an empty message: " + where);
      check(
          !f.message().contains("Exception") && !f.message().contains("\tat "),
          "a Java message: " + where);
    }
    if (report.policies().isEmpty()) return;
    // Rendered whatever the lint says: with failOn=none, a policy with errors is rendered too.
    Path site = root.resolve("site");
    RenderResult result =
        SiteRenderer.builder().includeDrafts(true).build().render(report.policies(), site);
    // Rendered again from a second load, the same tree gives the same bytes.
    Path again = root.resolve("again");
    SiteRenderer.builder()
        .includeDrafts(true)
        .build()
        .render(Linter.builder().displayRoot(root).build().lint(root).policies(), again);
    check(
        FolderHashes.of(site).equals(FolderHashes.of(again)),
        "two renders of one tree differ:" + tree);
    // The record of processing, from the same policies.
    Path register = root.resolve("register");
    List<String> records =
        RegisterRenderer.withTemplates(null).render(report.policies(), register).files();
    for (String name : result.files()) assertSafe(name, Files.readString(site.resolve(name)), tree);
    for (String name : records) assertSafe(name, Files.readString(register.resolve(name)), tree);
  }

  private static void assertSafe(String name, String text, Tree tree) throws IOException {
    try {
      if (name.endsWith(".html")) HostileTextTest.assertSafeHtml(name, text);
      else if (name.endsWith(".md")) HostileTextTest.assertSafeMarkdown(name, text);
      else if (name.endsWith(".xml")) {
        // The sitemap and the Atom feed: only their own elements, whatever the policy's text.
        check(
            text.replaceAll(
                        "</?(urlset|url|loc|lastmod|feed|entry|title|id|updated|link|author|name"
                            + "|summary)\\b[^<>]*>",
                        "")
                    .replaceFirst("^<\\?xml[^<>]*\\?>", "")
                    .indexOf('<')
                < 0,
            "markup in " + name);
      } else HostileTextTest.assertInertCsv(name, text);
    } catch (AssertionError e) {
      throw new AssertionError(e.getMessage() + "\nfrom" + tree, e);
    }
  }

  private static void check(boolean ok, String message) {
    if (!ok) throw new AssertionError(message);
  }

  private static void delete(Path dir) throws IOException {
    if (!Files.exists(dir)) return;
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder())
          .forEach(
              p -> {
                try {
                  Files.delete(p);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    }
  }

  /** Random documents of the format, from one source of randomness so that a seed replays. */
  static final class Generator {
    private final Random r;
    private final List<String> sectionIds = new ArrayList<>();

    /**
     * How often a value is wrong: half the trees are valid files whose texts are random (so that
     * they get through the loader to the rules and the renderer), the rest are broken a little or a
     * lot.
     */
    private final double noise;

    /**
     * The generator of one seed. Seeds that differ by one would give {@link Random}s whose first
     * draws are alike; SplittableRandom spreads them first.
     */
    static Generator of(long seed) {
      return new Generator(new Random(new java.util.SplittableRandom(seed).nextLong()));
    }

    private Generator(Random r) {
      this.r = r;
      this.noise = r.nextBoolean() ? 0 : pick(0.005, 0.02, 0.1);
    }

    Tree tree() {
      Map<String, byte[]> files = new LinkedHashMap<>();
      Map<String, Object> policy = obj(Format.POLICY, 0);
      if (!noisy()) policy.put("id", "p");
      files.put("p/" + PolicyLoader.POLICY_FILE, bytes(FormatYaml.yaml(policy)));
      int versions = 1 + r.nextInt(3);
      for (int i = 1; i <= versions; i++) {
        sectionIds.clear();
        Map<String, Object> version = obj(Format.VERSION_FILE, 0);
        String id = "2024-0" + i + "-01";
        if (!noisy()) version.put("version", id);
        Object v = version.get("version");
        String name = v instanceof String s && s.matches("[a-z0-9-]{1,40}") ? s : id;
        files.put("p/versions/" + name + ".yaml", bytes(FormatYaml.yaml(version)));
      }
      return new Tree(files);
    }

    private boolean noisy() {
      return r.nextDouble() < noise;
    }

    private byte[] bytes(String yaml) {
      if (noise > 0 && chance(0.3)) yaml = mutate(yaml);
      if (chance(0.05)) yaml = yaml.replace("\n", "\r\n");
      byte[] b = yaml.getBytes(UTF_8);
      if (chance(0.05)) b = HostileInputTest.concat(HostileInputTest.bom(), b);
      if (noisy() && b.length > 0) b[r.nextInt(b.length)] = (byte) (0x80 + r.nextInt(0x80));
      return b;
    }

    private static final String[] INSERTS = {
      "\t",
      ":",
      ": ",
      "\"",
      "'",
      " #",
      "&a ",
      "*a",
      "\u2028",
      "\0",
      "\uFEFF",
      "\r",
      "\n",
      " ",
      "- ",
      "[",
      "{",
      "}",
      "]",
      ",",
      "!!str ",
      "? ",
      "|",
      ">",
      "%",
      "@",
      "`",
      "---\n",
      "...\n",
      "\\",
      "\u00e9",
      "\ud83d\ude00",
      "\r\n"
    };

    /** A broken copy of the text: a character inserted, a span dropped, a line repeated. */
    private String mutate(String yaml) {
      if (yaml.isEmpty()) return pick(INSERTS);
      int at = r.nextInt(yaml.length() + 1);
      return switch (r.nextInt(5)) {
        case 0, 1 -> yaml.substring(0, at) + pick(INSERTS) + yaml.substring(at);
        case 2 ->
            yaml.substring(0, at) + yaml.substring(Math.min(yaml.length(), at + r.nextInt(20)));
        case 3 -> {
          List<String> lines = new ArrayList<>(List.of(yaml.split("\n", -1)));
          int i = r.nextInt(lines.size());
          lines.add(i, lines.get(i));
          yield String.join("\n", lines);
        }
        default -> yaml.substring(0, at);
      };
    }

    Map<String, Object> obj(Type.Obj type, int depth) {
      Map<String, Object> m = new LinkedHashMap<>();
      // Of keys that exclude each other, mostly one, as a valid file writes; now and then not.
      String one = type.exactlyOne().isEmpty() ? null : pick(type.exactlyOne());
      for (Type.Field f : type.fields()) {
        boolean include = f.required() ? !noisy() : chance(0.6);
        if (type.exactlyOne().contains(f.key()))
          include = noisy() ? chance(0.5) : f.key().equals(one);
        Object value = include ? value(f.key(), f.type(), depth) : null;
        if (value != null) m.put(f.key(), value);
      }
      if (noisy()) {
        String key = pick(type.fields()).key();
        m.put(key.length() > 2 ? key.substring(1) : key + "x", text());
      }
      return m;
    }

    private Object value(String key, Type type, int depth) {
      if (noisy()) return wrongShape();
      if (type instanceof Type.Obj o) return obj(o, depth + 1);
      if (type instanceof Type.ListOf l) {
        if (key.equals("sections") && depth > 6) return null;
        int n = 1 + r.nextInt(key.equals("sections") && depth > 0 ? 2 : 3);
        if (key.equals("sections") && depth > 0 && chance(0.6)) return null;
        if (noisy()) n = 0;
        List<Object> items = new ArrayList<>();
        for (int i = 0; i < n; i++) items.add(value(key, l.item(), depth + 1));
        return items;
      }
      return scalar((Type.Scalar) type, key);
    }

    private Object wrongShape() {
      return switch (r.nextInt(3)) {
        case 0 -> List.of(text());
        case 1 -> Map.of("x", text());
        default -> new FormatYaml.Plain(pick(YAML_SPECIALS));
      };
    }

    private static final String[] YAML_SPECIALS = {
      "~",
      "null",
      "yes",
      "No",
      "NO",
      "on",
      "01234",
      "1.10",
      "12:30",
      "2018-05-25",
      "\"\"",
      "\" \"",
      ".inf",
      "0x1F",
      "1e3",
      "-",
      "<<",
      "=",
      "true",
      "false",
      "TRUE",
      "[]",
      "{}",
      "\"\\t\"",
      "''",
      "a: b",
      "- a",
      "|",
      ">",
      "&a x",
      "*a",
      "!!str x",
      "!!binary aGk=",
      "%x",
      "@x",
      "`x`",
      "{",
      "[",
      "'",
      "x #y",
      "#",
      "? x",
      "\"\\u0000\"",
      "\"\\x85\"",
      "\"\\L\"",
      "\"\\uFEFF\""
    };

    /** Texts YAML would read as something else, and which the loader must keep as written. */
    private static final String[] PLAIN_TEXTS = {
      "yes",
      "No",
      "NO",
      "on",
      "01234",
      "1.10",
      "12:30",
      "2018-05-25",
      ".inf",
      "0x1F",
      "1e3",
      "<<",
      "=",
      "TRUE",
      "x #y",
      "Société",
      "a:b",
      "x, y"
    };

    private Object scalar(Type.Scalar s, String key) {
      if (noisy()) return new FormatYaml.Plain(pick(YAML_SPECIALS));
      if (s == Scalars.MARKDOWN) return allowed(markdown(), s);
      if (s == Scalars.TEXT || s == Scalars.LINE) {
        return chance(0.1) ? new FormatYaml.Plain(pick(PLAIN_TEXTS)) : allowed(text(), s);
      }
      if (s == Scalars.PUNCTUATION) return allowed(pick(";", ".", ",", "", " and", text()), s);
      if (s == Scalars.ID || s == Scalars.VERSION_ID) {
        if (noisy()) return pick("Intro", "a_b", "-a", "é", "a b", "");
        if (key.equals("id")) {
          String id = pick("intro", "a", "b-c", "users", "email", "host", "x1", "2018-05-25");
          sectionIds.add(id);
          return id;
        }
        return pick("intro", "a", "b-c", "users", "email", "host", "x1");
      }
      if (noisy()) {
        return pick(
            "2024-02-30",
            "2024-1-1",
            "P",
            "1Y",
            "P1.5Y",
            "UK",
            "XX",
            "fr",
            "EL",
            "xx",
            "EN",
            "javascript:alert(1)",
            "https://a b",
            "//x",
            "a@b",
            "yes",
            "1",
            "x");
      }
      if (s == Scalars.DATE) return pick("2024-01-01", "2018-05-25", "2030-12-31");
      if (s == Scalars.DURATION) return pick("P1Y", "P13M", "P2W", "P30D", "P0D", "P1Y2M3W4D");
      if (s == Scalars.LIFETIME) return pick("session", "P13M", "P6M", "P2Y", "P0D");
      if (s == Scalars.COUNTRY) return pick("FR", "US", "NO", "DE", "IN", "CH");
      if (s == Scalars.LANGUAGE) return pick("en", "fr", "de", "fr-BE", "tr", "xx", "ja");
      if (s == Scalars.URL || s == Scalars.BASE_URL)
        return pick("https://example.com/", "http://x.example", "https://a/<b>\"");
      if (s == Scalars.EMAIL) return pick("dpo@example.com", "a<b>@c.d", "a\"b@c.d");
      if (s == Scalars.BOOLEAN) return pick("true", "false");
      if (s == Scalars.DPV_CONCEPT) return pick("pd:Location", "dpv:Purpose", "pd:Locaton", "x:y");
      return pick(s.json().values());
    }

    private static final String[] WORDS = {
      "data",
      "Personal Data",
      "Qucit",
      "Société",
      "l'utilisateur",
      "«x»",
      "a:b",
      "#x",
      "@x",
      "<b>bold</b>",
      "<script>alert(1)</script>",
      "<img src=x onerror=alert(1)>",
      "&amp;",
      "&#0;",
      "{period}",
      "{from}",
      "{",
      "}",
      "\\",
      "*",
      "_",
      "`",
      "~~",
      "|",
      "1.",
      "-",
      "+",
      "[",
      "]",
      "(",
      ")",
      "!",
      "section 1.2",
      "sections 2 and 3",
      "Article 104 of the GDPR",
      "Art. 6(1)(a) GDPR",
      "\u00a0",
      "\u200b",
      "\ud83d\ude00",
      "\u202e",
      "\t",
      "x\ny",
      "\r\n",
      "  "
    };

    /**
     * The text as the field can hold it, unless the tree is noisy: no carriage return, which no
     * value may hold, and no line break in a one-line value. Else nearly every valid tree would
     * stop at the loader, and the rules and the renderer would see none of them.
     */
    private String allowed(String text, Type.Scalar s) {
      if (noisy()) return text;
      String t = text.replace("\r\n", "\n").replace('\r', '\n');
      return s.multiline() ? t : t.replace('\n', ' ');
    }

    /** A text that is not blank, unless the tree is noisy. */
    private String text() {
      int n = 1 + r.nextInt(4);
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < n; i++) sb.append(i == 0 ? "" : " ").append(pick(WORDS));
      return sb.toString().isBlank() && !noisy() ? sb + "data" : sb.toString();
    }

    private String inline() {
      return switch (r.nextInt(12)) {
        case 0 -> "[](#" + sectionId() + ")";
        case 1 -> "[Article](#" + sectionId() + ")";
        case 2 -> "[" + text() + "](#" + sectionId() + ")";
        case 3 -> "[x](https://example.com/a_(b))";
        case 4 -> pick("[x](javascript:alert(1))", "[x](data:text/html,x)", "<javascript:x>");
        case 5 -> pick("![i](https://t.example/p.png)", "<https://example.com>", "<a@b.c>");
        case 6 -> pick("**" + text() + "**", "*" + text() + "*", "`" + text() + "`");
        case 7 -> pick("[x][r]", "[r]", "[x]", "[^1]", "\\[x\\]");
        default -> text();
      };
    }

    private String sectionId() {
      return sectionIds.isEmpty() || chance(0.2) ? pick("nope", "", "a b") : pick(sectionIds);
    }

    private String markdown() {
      StringBuilder sb = new StringBuilder();
      int blocks = 1 + r.nextInt(4);
      for (int i = 0; i < blocks; i++) {
        if (i > 0) sb.append(chance(0.8) ? "\n\n" : "\n");
        switch (r.nextInt(14)) {
          case 0 -> sb.append("#".repeat(1 + r.nextInt(7))).append(' ').append(inline());
          case 1 -> sb.append("- ").append(inline()).append("\n- ").append(inline());
          case 2 -> sb.append("1. ").append(inline()).append("\n2) ").append(inline());
          case 3 -> sb.append("| a | b |\n|---|---|\n| ").append(inline()).append(" | x |");
          case 4 -> sb.append("> ").append(inline());
          case 5 -> sb.append("```\n").append(text()).append(chance(0.8) ? "\n```" : "");
          case 6, 7 -> sb.append(embed());
          case 8 ->
              sb.append(pick("<div>", "<script>", "<!-- x", "<?x", "<![CDATA[")).append(text());
          case 9 -> sb.append("[r]: ").append(pick("javascript:x", "https://e.com", "#intro"));
          case 10 -> sb.append(pick("***", "---", "===", "    indented code"));
          default -> {
            int n = 1 + r.nextInt(5);
            for (int j = 0; j < n; j++) sb.append(j == 0 ? "" : " ").append(inline());
          }
        }
      }
      return sb.toString();
    }

    private String embed() {
      Map<String, Object> block = obj(Format.EMBED, 0);
      if (!noisy()) {
        // exactly one thing to show, and a category only for its items
        List.of("list", "paragraphs", "table", "of").forEach(block::remove);
        String source = pick(Format.EMBED_SOURCES);
        block.put(pick("list", "table", "paragraphs"), source);
        if (source.equals("data-items")) block.put("of", pick("email", "users", "a"));
      }
      return "```policy\n" + FormatYaml.yaml(block) + (noisy() ? "" : "```");
    }

    private boolean chance(double p) {
      return r.nextDouble() < p;
    }

    @SafeVarargs
    private <T> T pick(T... values) {
      return values[r.nextInt(values.length)];
    }

    private <T> T pick(List<T> values) {
      return values.get(r.nextInt(values.size()));
    }
  }
}
