package dev.policyascode.load;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policyascode.diagnostics.Finding;
import dev.policyascode.diagnostics.Position;
import dev.policyascode.diagnostics.RuleMeta;
import dev.policyascode.model.Contact;
import dev.policyascode.model.DataCategory;
import dev.policyascode.model.DataSubject;
import dev.policyascode.model.Policy;
import dev.policyascode.model.PolicyVersion;
import dev.policyascode.model.Recipient;
import dev.policyascode.model.SectionNumbering;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The loader: every scalar is read as written, and every problem becomes a finding at the right
 * file, line and column, with a message that says how to fix it; never an exception.
 */
class LoaderTest {

  private static final String POLICY =
      """
      format: 1
      id: acme
      title: Privacy Policy
      controller:
        name: Acme
        address: 01234 Paris
        phone: 01234
        country: NO
      languages: [en]
      """;

  private static final String VERSION =
      """
      format: 1
      version: 2018-05-25
      effective: 2018-05-25
      status: published
      data_subjects:
        - id: users
          name: yes
          description: 12:30
      data_categories:
        - id: email
          name: Email
          required: true
        - id: phone
          name: Phone
          required: false
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
          title: 1.10
          body: |
            Version 1.10 of 12:30.
      """;

  @TempDir Path root;

  // -- Scalars survive as written --------------------------------------------------------------

  @Test
  void scalarsSurviveAsWritten() throws IOException {
    LoadResult result = load("acme", POLICY, "2018-05-25.yaml", VERSION);
    assertEquals(List.of(), result.findings());
    assertEquals(2, result.filesRead());
    Policy policy = result.policies().get(0);
    Contact controller = policy.controller();
    assertEquals(Optional.of("NO"), controller.country(), "NO is Norway, not false");
    assertEquals(Optional.of("01234"), controller.phone(), "01234 is not the octal 668");
    assertEquals(Optional.of("01234 Paris"), controller.address());

    PolicyVersion version = policy.versions().get(0);
    assertEquals("2018-05-25", version.id(), "the id stays text, not a timestamp");
    assertEquals(LocalDate.of(2018, 5, 25), version.effective());
    Recipient recipient = version.registers().recipients().get(0);
    assertEquals("NO", recipient.country());
    DataSubject users = version.registers().dataSubjects().get(0);
    assertEquals("yes", users.name(), "yes in a text field is text, not true");
    assertEquals(Optional.of("12:30"), users.description(), "12:30 is not the sexagesimal 750");
    assertEquals("1.10", version.sections().get(0).title(), "1.10 is not 1.1");
    List<DataCategory> categories = version.registers().dataCategories();
    assertEquals(Optional.of(true), categories.get(0).required());
    assertEquals(Optional.of(false), categories.get(1).required());
  }

  @Test
  void yesIsNotABoolean() {
    List<Finding> f =
        parse(VERSION.replace("required: true", "required: yes"), Format.VERSION_FILE);
    Finding only = only(f, LoadRules.WRONG_TYPE, 12, 15);
    assertTrue(
        only.message().contains("'yes' is not true or false; write true or false"), only.message());
  }

  @Test
  void aPlainNullIsNoValue() {
    Finding f =
        only(parse(POLICY.replace("01234 Paris", "~"), Format.POLICY), LoadRules.WRONG_TYPE, 6, 12);
    assertTrue(f.message().contains("'address' has no value"), f.message());
    f =
        only(
            parse(POLICY.replace("01234 Paris", "null"), Format.POLICY),
            LoadRules.WRONG_TYPE,
            6,
            12);
    assertTrue(f.message().contains("remove the key"), f.message());
    assertEquals(List.of(), parse(POLICY.replace("01234 Paris", "\"null\""), Format.POLICY));
  }

  // -- Structure -------------------------------------------------------------------------------

  @Test
  void duplicateKeyNamesBothLines() {
    List<Finding> f =
        parse(POLICY.replace("title: Privacy Policy\n", "title: A\ntitle: B\n"), Format.POLICY);
    Finding d = only(f, LoadRules.DUPLICATE_KEY, 4, 1);
    assertTrue(d.message().contains("duplicate key 'title'"), d.message());
    assertTrue(d.message().contains("line 3"), d.message());
    assertTrue(d.message().contains("keep one"), d.message());
  }

  @Test
  void unknownKeySuggestsTheNearestKnownOne() {
    List<Finding> f = parse(POLICY.replace("  phone:", "  phnoe:"), Format.POLICY);
    Finding u = only(f, LoadRules.UNKNOWN_KEY, 7, 3);
    assertTrue(u.message().contains("unknown key 'phnoe'"), u.message());
    assertTrue(u.message().contains("did you mean 'phone'?"), u.message());
    assertTrue(u.message().contains("the keys allowed here are: name, address"), u.message());
  }

  @Test
  void listWhereTextBelongs() {
    List<Finding> f = parse(POLICY.replace("Privacy Policy", "[Privacy, Policy]"), Format.POLICY);
    Finding w = only(f, LoadRules.WRONG_TYPE, 3, 8);
    assertTrue(w.message().contains("expected a text for 'title', found a list"), w.message());
  }

  @Test
  void textWhereListBelongs() {
    List<Finding> f = parse(POLICY.replace("[en]", "en"), Format.POLICY);
    Finding w = only(f, LoadRules.WRONG_TYPE, 9, 12);
    assertTrue(
        w.message().contains("expected a list for 'languages', found the text 'en'"), w.message());
    assertTrue(w.message().contains("starting with '- '"), w.message());
  }

  @Test
  void missingRequiredKey() {
    List<Finding> f = parse(POLICY.replace("title: Privacy Policy\n", ""), Format.POLICY);
    Finding m = only(f, LoadRules.MISSING_KEY, 1, 1);
    assertTrue(m.message().contains("the policy 'acme' has no 'title'; add it:"), m.message());
  }

  @Test
  void missingRequiredKeyInAListItemPointsAtTheItem() {
    List<Finding> f = parse(VERSION.replace("    role: processor\n", ""), Format.VERSION_FILE);
    Finding m = only(f, LoadRules.MISSING_KEY, 20, 5);
    assertTrue(m.message().contains("the recipient 'nordhost' has no 'role'"), m.message());
  }

  @Test
  void aListAtTheTopWhereAMappingBelongs() {
    Finding w = only(parse("- format: 1\n- id: acme\n", Format.POLICY), LoadRules.WRONG_TYPE, 1, 1);
    assertTrue(w.message().contains("expected a mapping (policy), found a list"), w.message());
  }

  @Test
  void anEmptyFile() {
    for (String empty : List.of("", "\n\n", "# only a comment\n")) {
      Finding e = only(parse(empty, Format.POLICY), LoadRules.MISSING_KEY, 1, 1);
      assertTrue(e.message().contains("the file is empty"), e.message());
    }
  }

  // -- Unsafe YAML -----------------------------------------------------------------------------

  @Test
  void aJavaClassTagIsRefused() {
    String yaml =
        POLICY.replace(
            "Privacy Policy",
            "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL"
                + " [\"http://example.com/\"]]]]");
    Finding t = only(parse(yaml, Format.POLICY), LoadRules.UNSAFE_YAML, 3, 8);
    assertTrue(t.message().contains("javax.script.ScriptEngineManager"), t.message());
    assertTrue(t.message().contains("remove the tag"), t.message());
  }

  @Test
  void anyOtherExplicitTagIsRefused() {
    for (String tag :
        List.of(
            "!!binary aGVsbG8=",
            "!local Privacy",
            "!<tag:example.com,2026:x> y",
            "!!set {a, b}",
            "!!omap [a: 1]")) {
      Finding t =
          only(
              parse(POLICY.replace("Privacy Policy", tag), Format.POLICY),
              LoadRules.UNSAFE_YAML,
              3,
              8);
      assertTrue(t.message().contains("remove the tag"), tag + ": " + t.message());
    }
  }

  @Test
  void anchorsAndAliasesAreRefused() {
    String yaml = POLICY + "dpo: *boss\n";
    yaml = yaml.replace("controller:\n", "controller: &boss\n");
    List<Finding> f = parse(yaml, Format.POLICY);
    Finding a = only(f, LoadRules.UNSAFE_YAML, 4, 13); // at '&boss'; the alias is the same node
    assertTrue(
        a.message().contains("anchors (&name) and aliases (*name) are not allowed"), a.message());
    Finding scalar =
        only(
            parse(POLICY.replace("Privacy Policy", "&t Privacy Policy"), Format.POLICY),
            LoadRules.UNSAFE_YAML,
            3,
            8);
    assertTrue(scalar.message().contains("write the value out in full"), scalar.message());
  }

  @Test
  void aBillionLaughsFinishesFastWithAFinding() {
    StringBuilder yaml =
        new StringBuilder(
            "format: 1\n"
                + "lol0: &a0"
                + " [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
    for (int i = 1; i <= 9; i++) {
      yaml.append("lol").append(i).append(": &a").append(i).append(" [");
      for (int j = 0; j < 9; j++) yaml.append(j == 0 ? "" : ",").append("*a").append(i - 1);
      yaml.append("]\n");
    }
    List<Finding> f =
        assertTimeoutPreemptively(
            Duration.ofSeconds(5), () -> parse(yaml.toString(), Format.POLICY));
    Finding b = only(f, LoadRules.UNSAFE_YAML, 3, 12); // the first alias, '*a0'
    assertTrue(b.message().contains("anchors and aliases are not allowed"), b.message());
  }

  @Test
  void nestingDeeperThanTheLimit() {
    StringBuilder block = new StringBuilder("format: 1\nid:\n");
    for (int i = 0; i < YamlFile.MAX_DEPTH + 5; i++)
      block.append("  ".repeat(i + 1)).append("a:\n");
    String flow = "format: 1\nid: " + "[".repeat(100_000) + "]".repeat(100_000) + "\n";
    // Where the 41st level starts: the key on line 42, or the 40th '[' after 'id: '.
    Map<String, String> where = Map.of(block.toString(), "42:81", flow, "2:44");
    where.forEach(
        (yaml, at) -> {
          List<Finding> f =
              assertTimeoutPreemptively(Duration.ofSeconds(5), () -> parse(yaml, Format.POLICY));
          Finding n = only(f, LoadRules.UNSAFE_YAML);
          assertEquals(at, n.at().line() + ":" + n.at().column());
          assertTrue(n.message().contains("check the indentation"), n.message());
        });
  }

  @Test
  void aFileOverTheSizeLimit() throws IOException {
    Path file = root.resolve("big.yaml");
    byte[] big = new byte[YamlFile.MAX_BYTES + 1];
    java.util.Arrays.fill(big, (byte) '#');
    Files.write(file, big);
    List<Finding> f = new ArrayList<>();
    assertDoesNotThrow(() -> YamlFile.read(file, "big.yaml", Format.POLICY, f::add));
    Finding s = only(f, LoadRules.UNSAFE_YAML, 1, 1);
    assertTrue(s.message().contains("more than the 4 MB"), s.message());
    assertTrue(s.message().contains("split it"), s.message());
  }

  // -- Encoding and whitespace -----------------------------------------------------------------

  @Test
  void invalidUtf8NamesTheBadByte() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.write("format: 1\ntitle: Bègles ".getBytes(UTF_8));
    bytes.write(0xff);
    bytes.write("\n".getBytes(UTF_8));
    Finding u = only(read(bytes.toByteArray(), Format.POLICY), LoadRules.YAML_SYNTAX, 2, 15);
    assertTrue(u.message().contains("save it with the UTF-8 encoding"), u.message());
  }

  @Test
  void aByteOrderMarkIsAccepted() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.write(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf});
    bytes.write(POLICY.getBytes(UTF_8));
    assertEquals(List.of(), read(bytes.toByteArray(), Format.POLICY));
    bytes.reset();
    bytes.write(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf});
    bytes.write(POLICY.replace("title:", "titel:").getBytes(UTF_8));
    only(read(bytes.toByteArray(), Format.POLICY), LoadRules.UNKNOWN_KEY, 3, 1);
  }

  @Test
  void crlfLineEndsAreAcceptedAndPositionsStayRight() throws IOException {
    String crlf = VERSION.replace("\n", "\r\n");
    assertEquals(List.of(), read(crlf.getBytes(UTF_8), Format.VERSION_FILE));
    List<Finding> f =
        read(crlf.replace("country: NO", "country: XX").getBytes(UTF_8), Format.VERSION_FILE);
    Finding w = only(f, LoadRules.WRONG_TYPE, 24, 14);
    assertTrue(w.message().contains("'XX' is not an ISO 3166-1 country code"), w.message());
  }

  @Test
  void theNumberingStyleIsReadAndAnUnknownOneIsRefusedWithTheAllowedValues() throws IOException {
    LoadResult absent =
        load("absent", POLICY.replace("id: acme", "id: absent"), "2018-05-25.yaml", VERSION);
    assertEquals(SectionNumbering.DOTTED_PERIOD, absent.policies().get(0).numbering());
    LoadResult article =
        load(
            "article",
            POLICY.replace("id: acme", "id: article") + "numbering: \"Article 1\"\n",
            "2018-05-25.yaml",
            VERSION);
    assertEquals(
        SectionNumbering.ARTICLE,
        article.policies().stream()
            .filter(p -> p.id().equals("article"))
            .findFirst()
            .orElseThrow()
            .numbering());
    // unquoted, YAML would read 1.1 as a number: the loader still takes it as written
    List<Finding> bare = parse(POLICY + "numbering: 1.1\n", Format.POLICY);
    assertEquals(List.of(), bare, formatted(bare));
    Finding wrong =
        only(parse(POLICY + "numbering: Art. 1\n", Format.POLICY), LoadRules.WRONG_TYPE, 10, 12);
    assertTrue(
        wrong
            .message()
            .contains(
                "'Art. 1' is not a numbering style; write one of: 1.1.,"
                    + " 1.1, 1.1), Article 1, § 1, none"),
        wrong.message());
  }

  @Test
  void aTabUsedForIndentation() {
    Finding t =
        only(
            parse(POLICY.replace("  name: Acme", "\tname: Acme"), Format.POLICY),
            LoadRules.YAML_SYNTAX,
            5,
            1);
    assertTrue(t.message().contains("indent with spaces, never tabs"), t.message());
  }

  @Test
  void aSyntaxErrorSaysWhereAndHow() {
    Finding s =
        only(
            parse(POLICY.replace("Privacy Policy", "\"Privacy Policy"), Format.POLICY),
            LoadRules.YAML_SYNTAX);
    assertTrue(s.at().line() >= 3, s.at().toString());
    assertTrue(s.message().contains("quote"), s.message());
  }

  @Test
  void moreThanOneDocument() {
    Finding d =
        only(parse(POLICY + "---\nid: other\n", Format.POLICY), LoadRules.YAML_SYNTAX, 10, 1);
    assertTrue(d.message().contains("remove the '---' line"), d.message());
  }

  @Test
  void wordsYamlOnceGaveAMeaningStayText() {
    for (String word :
        List.of(
            "<<", "=", "yes", "No", "on", "0x1F", "1e3", ".inf", "2001-12-14t21:59:43.10-05:00")) {
      List<Finding> f = new ArrayList<>();
      Optional<Value> v =
          YamlFile.parse(
              POLICY.replace("Privacy Policy", word), "test.yaml", Format.POLICY, f::add);
      assertEquals(List.of(), f, word);
      assertEquals(word, ((Value.Map_) v.orElseThrow()).text("title"));
    }
  }

  @Test
  void invisibleLineSeparatorsAreRefusedWhereTheyAre() {
    // SnakeYAML (YAML 1.1) takes U+2028, U+2029 and U+0085 for line breaks, editors do not.
    for (String c : List.of("\u2028", "\u2029", "\u0085")) {
      String yaml = POLICY.replace("Privacy Policy", "\"Privacy" + c + "Policy\"");
      Finding f = only(parse(yaml, Format.POLICY), LoadRules.YAML_SYNTAX, 3, 16);
      assertTrue(f.message().contains("replace it with a line break or a space"), f.message());
      only(parse(yaml.replace("\n", "\r\n"), Format.POLICY), LoadRules.YAML_SYNTAX, 3, 16);
      only(parse(yaml.replace("\n", "\r"), Format.POLICY), LoadRules.YAML_SYNTAX, 3, 16);
    }
  }

  @Test
  void aLiteralBlockLocatesAWordOnItsLine() {
    String yaml = POLICY.replace("01234 Paris", "|\n    Paris\n    01234");
    List<Finding> f = new ArrayList<>();
    Optional<Value> v = YamlFile.parse(yaml, "test.yaml", Format.POLICY, f::add);
    assertEquals(List.of(), f);
    Value.Map_ controller = (Value.Map_) ((Value.Map_) v.orElseThrow()).fields().get("controller");
    dev.policyascode.model.Prose address = controller.prose("address");
    assertEquals("Paris\n01234\n", address.text());
    assertEquals(new Position("test.yaml", 8, 5), address.at(6, 5), "where 01234 is written");
  }

  // -- File layout -----------------------------------------------------------------------------

  @Test
  void aPolicyBlockThatStartsWithABlankLineIsRead() throws IOException {
    // The blank line's break, a piece of the body over two lines, was searched for in lines that a
    // block mapped line for line does not keep, and the loader threw.
    String body =
        """
        sections:
          - id: intro
            title: Who we are
            body: |
              These are the terms:

              ```policy

              list: definitions
              ```
        """;
    String version = VERSION.substring(0, VERSION.indexOf("sections:")) + body;
    LoadResult ok = load("acme", POLICY, "2018-05-25.yaml", version);
    assertEquals(List.of(), ok.findings());
    LoadResult bad =
        load("acme", POLICY, "2018-05-25.yaml", version.replace("list: definitions", "list: x"));
    assertEquals(1, bad.findings().size(), () -> formatted(bad.findings()));
    // Its content does not map line for line from the fence: the problem is placed at the fence.
    int fence = version.lines().toList().indexOf("      ```policy") + 1;
    assertEquals(
        new Position("acme/versions/2018-05-25.yaml", fence, 7),
        bad.findings().get(0).at(),
        () -> formatted(bad.findings()));
  }

  @Test
  void aVersionFileWhoseNameIsNotItsId() throws IOException {
    LoadResult result = load("acme", POLICY, "2018-05-26.yaml", VERSION);
    Finding f = only(result.findings(), LoadRules.FILE_LAYOUT, 2, 10);
    assertEquals("acme/versions/2018-05-26.yaml", f.at().file());
    assertTrue(
        f.message().contains("the version id '2018-05-25' is not the file's name '2018-05-26'"),
        f.message());
    assertTrue(f.message().contains("rename the file to 2018-05-25.yaml"), f.message());
    assertEquals(List.of(), result.policies(), "nothing is rendered from half a policy");
  }

  @Test
  void aPolicyIdThatIsNotItsFolder() throws IOException {
    LoadResult result = load("acme-corp", POLICY, "2018-05-25.yaml", VERSION);
    Finding f = only(result.findings(), LoadRules.FILE_LAYOUT, 2, 5);
    assertEquals("acme-corp/policy.yaml", f.at().file());
    assertTrue(
        f.message().contains("the policy id 'acme' is not the name of its folder 'acme-corp'"),
        f.message());
  }

  @Test
  void findingsAreFormattedForEditorsAndCi() {
    Finding f =
        only(parse(POLICY.replace("title:", "titel:"), Format.POLICY), LoadRules.UNKNOWN_KEY);
    assertEquals("test.yaml:3:1: error: " + f.message() + " [schema-unknown-key]", f.format());
    Finding made =
        Finding.of(LoadRules.UNKNOWN_KEY, new Position("p/versions/v.yaml", 12, 5), "bad");
    assertEquals("p/versions/v.yaml:12:5: error: bad [schema-unknown-key]", made.format());
  }

  // -- Helpers ---------------------------------------------------------------------------------

  private static List<Finding> parse(String yaml, Type type) {
    List<Finding> findings = new ArrayList<>();
    assertDoesNotThrow(() -> YamlFile.parse(yaml, "test.yaml", type, findings::add));
    return findings;
  }

  private List<Finding> read(byte[] bytes, Type type) throws IOException {
    Path file = root.resolve("test.yaml");
    Files.write(file, bytes);
    List<Finding> findings = new ArrayList<>();
    assertDoesNotThrow(() -> YamlFile.read(file, "test.yaml", type, findings::add));
    return findings;
  }

  private LoadResult load(String folder, String policy, String versionFile, String version)
      throws IOException {
    Path dir = Files.createDirectories(root.resolve(folder).resolve(PolicyLoader.VERSIONS_DIR));
    Files.writeString(root.resolve(folder).resolve(PolicyLoader.POLICY_FILE), policy);
    Files.writeString(dir.resolve(versionFile), version);
    return assertDoesNotThrow(() -> new PolicyLoader(root).load(root));
  }

  /**
   * The one finding of {@code rule}; others may come with it (an unknown key leaves one missing).
   */
  private static Finding only(List<Finding> findings, RuleMeta rule) {
    List<Finding> of = findings.stream().filter(f -> f.ruleId().equals(rule.id())).toList();
    assertEquals(
        1, of.size(), () -> "expected one " + rule.id() + " finding, got" + formatted(findings));
    Finding f = of.get(0);
    assertFalse(f.message().isBlank());
    return f;
  }

  private static Finding only(List<Finding> findings, RuleMeta rule, int line, int column) {
    Finding f = only(findings, rule);
    assertEquals(line + ":" + column, f.at().line() + ":" + f.at().column(), () -> f.format());
    return f;
  }

  private static String formatted(List<Finding> findings) {
    return findings.stream().map(Finding::format).reduce("", (a, b) -> a + "\n  " + b);
  }
}
