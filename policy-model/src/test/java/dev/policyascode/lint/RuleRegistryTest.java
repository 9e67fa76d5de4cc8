package dev.policyascode.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policyascode.diagnostics.Finding;
import dev.policyascode.diagnostics.RuleMeta;
import dev.policyascode.diagnostics.Severity;
import dev.policyascode.lint.api.Rule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every built-in rule is documented and tested (Error Prone's checks on its bug patterns): a page
 * at {@link RuleMeta#docPath()} with a wrong and a right example, and fixtures with at least one
 * expected finding and one clean file. Nothing is documented or tested for a rule that does not
 * exist. The page's header and the rules index are generated, and checked by {@link RulePagesTest}.
 */
class RuleRegistryTest {

  static final Path REPO = RuleFixtureTest.MODULE.getParent();
  static final Path DOCS = REPO.resolve("docs/rules");
  static final String INDEX = RulePages.INDEX;

  private static final Pattern WRONG = Pattern.compile("(?m)^#{2,3} Wrong\\b");
  private static final Pattern RIGHT = Pattern.compile("(?m)^#{2,3} Right\\b");

  private static List<RuleMeta> rules() {
    return RuleRegistry.builtIn().stream().map(Rule::meta).toList();
  }

  private static Set<String> ids() {
    Set<String> ids = new HashSet<>();
    rules().forEach(m -> ids.add(m.id()));
    return ids;
  }

  @Test
  void idsAreUnique() {
    List<String> ids = rules().stream().map(RuleMeta::id).toList();
    assertEquals(ids.size(), Set.copyOf(ids).size(), "rule ids must be unique: " + ids);
  }

  @TestFactory
  Stream<DynamicTest> everyRuleHasADocPage() {
    return rules().stream().map(m -> DynamicTest.dynamicTest(m.docPath(), () -> docPage(m)));
  }

  @TestFactory
  Stream<DynamicTest> everyRuleHasFixtures() {
    return rules().stream()
        .map(m -> DynamicTest.dynamicTest("fixtures/" + m.id(), () -> fixtures(m)));
  }

  /**
   * The examples on each page are real: the Wrong file produces the findings the page shows (at the
   * same place and severity; the wording may be edited), the Right file none of the rule's and no
   * error. The first line of each example is a comment naming its file, as the linter prints it.
   */
  @TestFactory
  Stream<DynamicTest> docExamplesAreTrue() {
    return rules().stream()
        .map(m -> DynamicTest.dynamicTest(m.docPath() + " examples", () -> examples(m)));
  }

  private static void docPage(RuleMeta meta) throws IOException {
    String doc = meta.docPath();
    Path page = REPO.resolve(doc);
    assertTrue(Files.isRegularFile(page), meta.id() + " has no doc page at " + doc);
    String text = Files.readString(page, StandardCharsets.UTF_8);
    assertTrue(WRONG.matcher(text).find(), doc + " has no 'Wrong' section");
    assertTrue(RIGHT.matcher(text).find(), doc + " has no 'Right' section");
    if (RuleRegistry.find(meta.id()).orElseThrow().reportedWhileLoading()) {
      assertTrue(
          text.contains("## It cannot be switched off"),
          doc + " must say that a rule reported while loading cannot be switched off");
      return;
    }
    String setting = "<rules><" + meta.id() + ">off</" + meta.id() + "></rules>";
    assertTrue(text.contains(setting), doc + " must show how to switch the rule off: " + setting);
  }

  private static void fixtures(RuleMeta meta) {
    Path dir = RuleFixtureTest.FIXTURES.resolve(meta.id());
    assertTrue(Files.isDirectory(dir), meta.id() + " has no fixture folder " + dir);
    List<RuleFixtureTest.Fixture> files =
        RuleFixtureTest.fixtures().filter(f -> f.rule().equals(meta.id())).toList();
    long withFindings =
        files.stream()
            .filter(
                f ->
                    RuleFixtureTest.files(f).keySet().stream()
                        .anyMatch(
                            p -> !RuleFixtureTest.expectations(p, meta.id()).findings().isEmpty()))
            .count();
    assertTrue(
        withFindings > 0,
        meta.id()
            + " has no fixture that expects a finding (# expect: "
            + meta.id()
            + " @<column>)");
    assertTrue(
        withFindings < files.size(),
        meta.id() + " has no clean fixture, one where nothing is expected, such as valid.yaml");
  }

  private static void examples(RuleMeta meta) throws IOException {
    String text = Files.readString(REPO.resolve(meta.docPath()), StandardCharsets.UTF_8);
    String wrong = block(text, "## Wrong", "yaml", meta);
    String shown = block(text.substring(text.indexOf(wrong)), "", "text", meta);
    List<Finding> found = lintExample(wrong);
    List<String> actual =
        found.stream()
            .filter(f -> f.ruleId().equals(meta.id()))
            .map(RuleRegistryTest::place)
            .toList();
    List<String> expected =
        shown.lines().filter(l -> !l.isBlank()).map(l -> placeShown(l, meta)).toList();
    assertEquals(
        expected,
        actual,
        meta.docPath()
            + ": the Wrong example's findings (place and severity) are not the ones the page"
            + " shows; every finding: "
            + formatted(found));
    List<Finding> right =
        lintExample(block(text, "## Right", "yaml", meta)).stream()
            .filter(f -> f.ruleId().equals(meta.id()) || f.severity() == Severity.ERROR)
            .toList();
    assertEquals(List.of(), formatted(right), meta.docPath() + ": the Right example must be clean");
  }

  /** {@code file:line:col: severity [rule]} of a finding as a page shows it. */
  private static String placeShown(String line, RuleMeta meta) {
    int severityEnd = line.indexOf(": ", line.indexOf(": ") + 1);
    return line.substring(0, severityEnd) + " [" + meta.id() + "]";
  }

  /** The first fenced block of {@code info} after {@code heading}. */
  private static String block(String text, String heading, String info, RuleMeta meta) {
    int from = text.indexOf(heading.isEmpty() ? "" : "\n" + heading + "\n");
    assertTrue(from >= 0, meta.docPath() + " has no " + heading);
    int start = text.indexOf("```" + info + "\n", from);
    assertTrue(
        start >= 0, meta.docPath() + " has no ```" + info + " block after '" + heading + "'");
    start += info.length() + 4;
    int end = text.indexOf("\n```\n", start - 1);
    return text.substring(start, end + 1);
  }

  /**
   * Lints an example. A line {@code # policies/example/...} starts a file, so that an example of a
   * rule about several versions can hold them all, and the policy's {@code versions.lock}.
   */
  private static List<Finding> lintExample(String yaml) throws IOException {
    String first = yaml.lines().findFirst().orElse("");
    assertTrue(
        first.matches("# policies/example/versions/[^/]+"),
        "an example starts with a comment naming its file, such as"
            + " # policies/example/versions/2024-01-01.yaml: "
            + first);
    Path tmp = Files.createTempDirectory("rule-doc");
    try {
      Path policy = tmp.resolve("policies/example");
      Files.createDirectories(policy);
      // A later part named policies/example/policy.yaml replaces this one, such as for the
      // languages of the translations rules' examples.
      Files.writeString(
          policy.resolve("policy.yaml"),
          "format: 1\nid: example\ntitle: Privacy Policy\n"
              + "controller:\n  name: Example SAS\n  email: privacy@example.com\n  country: FR\nlanguages: [en]\n",
          StandardCharsets.UTF_8);
      for (String part : yaml.split("(?m)^(?=# policies/example/)")) {
        String name = part.lines().findFirst().orElseThrow().substring(2);
        Path file = tmp.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, part, StandardCharsets.UTF_8);
      }
      return Linter.builder().displayRoot(tmp).build().lint(tmp.resolve("policies")).findings();
    } finally {
      try (Stream<Path> all = Files.walk(tmp)) {
        for (Path p : all.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
      }
    }
  }

  /** {@code file:line:col: severity [rule]}: what a page must show, whatever the words. */
  private static String place(Finding f) {
    return f.at() + ": " + f.severity().label() + " [" + f.ruleId() + "]";
  }

  private static List<String> formatted(List<Finding> findings) {
    return findings.stream().map(Finding::format).toList();
  }

  @Test
  void noDocPageForARuleThatDoesNotExist() {
    List<String> strays =
        RuleFixtureTest.list(DOCS).stream()
            .map(p -> p.getFileName().toString())
            .filter(n -> n.endsWith(".md") && !n.equals(INDEX))
            .filter(n -> !ids().contains(n.substring(0, n.length() - ".md".length())))
            .toList();
    assertEquals(List.of(), strays, "doc pages in docs/rules for rules that are not built in");
  }

  @Test
  void noFixturesForARuleThatDoesNotExist() {
    List<String> strays =
        RuleFixtureTest.list(RuleFixtureTest.FIXTURES).stream()
            .filter(Files::isDirectory)
            .map(p -> p.getFileName().toString())
            .filter(n -> !ids().contains(n))
            .toList();
    assertEquals(List.of(), strays, "fixture folders for rules that are not built in");
  }
}
