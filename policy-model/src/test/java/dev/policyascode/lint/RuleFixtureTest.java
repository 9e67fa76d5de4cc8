package dev.policyascode.lint;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.policyascode.diagnostics.Finding;
import dev.policyascode.diagnostics.Position;
import dev.policyascode.diagnostics.RuleMeta;
import dev.policyascode.versions.VersionLock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every rule on its fixtures, where the expectation sits beside the input (Error Prone's
 * {@code // BUG: Diagnostic contains:}, Checkstyle's {@code // violation}).
 *
 * <p>{@code src/test/resources/fixtures/<rule-id>/*.yaml} are complete version files in format v1,
 * marked with comments:
 *
 * <ul>
 *   <li>{@code # expect: <rule-id> @<column>} at the end of a line: that line must produce a
 *       finding of the folder's rule at that column; {@code @<column> x<count>} for several
 *       findings at one place, and a comma between the marks of one line;
 *   <li>{@code # expect-line <N>: <rule-id> @<column>} at the top of the file: the same for line N
 *       (counted from 1 in the fixture), for a finding inside a literal block, where a comment
 *       would be text;
 *   <li>{@code # file: <name>} at the top of the file: the name to copy the fixture under instead
 *       of its own, which must be the version id unless the fixture is about the file's name;
 *   <li>{@code # numbering: <style>} at the top of the file: the fixture policy numbers its
 *       sections in that style ({@code numbering:} in its policy.yaml), such as {@code Article 1};
 *   <li>{@code # languages: en, fr} at the top of a file: the fixture policy's languages, for the
 *       translations rules, whose fixtures hold a version and its {@code <version>.<lang>.yaml}.
 * </ul>
 *
 * <p>A folder in a rule's folder is a fixture of several files, for the rules that compare
 * versions: its {@code *.yaml} files are versions and its {@code versions.lock} the lock, each
 * marked the same way; its {@code store-labels.yaml}, for the {@code labels-} rules, goes beside
 * the versions.
 *
 * <p>The rule's findings must be exactly the marked ones: at each place as many as marked, and none
 * elsewhere. Other rules are ignored.
 */
class RuleFixtureTest {

  /** The policy every fixture version is copied into. */
  static final String POLICY_ID = "fixture-policy";

  static final Path MODULE =
      Path.of(System.getProperty("basedir", "")).toAbsolutePath().normalize();
  static final Path FIXTURES = MODULE.resolve("src/test/resources/fixtures");

  /** The store labels of the {@code labels-} rules' fixtures, copied beside the versions. */
  static final String STORE_LABELS = "store-labels.yaml";

  private static final String POLICY_YAML =
      """
      format: 1
      id: fixture-policy
      title: Privacy Policy
      controller:
        name: Example SAS
        email: privacy@example.com
        country: FR
      languages: [en]
      """;

  private static final Pattern EXPECT = Pattern.compile("(?:^|\\s)#\\s*expect:(.*)$");
  private static final Pattern EXPECT_LINE =
      Pattern.compile("^#\\s*expect-line\\s+(\\d+)\\s*:(.*)$");

  /** Anything that looks like a mark, so that a mistyped one fails instead of expecting nothing. */
  private static final Pattern LOOKS_LIKE_A_MARK = Pattern.compile("#\\s*expect\\b");

  /** One mark: a rule, the column of its finding and, when more than one, how many. */
  private static final Pattern MARK =
      Pattern.compile("\\s*([a-z0-9-]+)\\s+@(\\d+)(?:\\s+x(\\d+))?\\s*");

  private static final Pattern FILE = Pattern.compile("^#\\s*file:\\s*(\\S+)\\s*$");

  private static final Pattern NUMBERING = Pattern.compile("^#\\s*numbering:\\s*(.+?)\\s*$");

  private static final Pattern LANGUAGES = Pattern.compile("^#\\s*languages:\\s*(.+?)\\s*$");

  /** One fixture file; its name in the test report is its path under the test resources. */
  record Fixture(String rule, Path file) {
    String path() {
      return FIXTURES.getParent().relativize(file).toString().replace('\\', '/');
    }

    @Override
    public String toString() {
      return path();
    }
  }

  /** Where a finding is, in a fixture: its line and column, counted from 1. */
  record At(int line, int column) implements Comparable<At> {
    @Override
    public int compareTo(At o) {
      return line != o.line ? Integer.compare(line, o.line) : Integer.compare(column, o.column);
    }

    @Override
    public String toString() {
      return line + ":" + column;
    }
  }

  /**
   * What a fixture file says of itself: the name to copy it under and where the findings of the
   * rule are, in order, one entry per finding.
   */
  record Expectations(String fileName, List<At> findings) {}

  static Stream<Fixture> fixtures() {
    List<Fixture> all = new ArrayList<>();
    for (Path dir : list(FIXTURES)) {
      if (!Files.isDirectory(dir)) continue;
      for (Path file : list(dir)) {
        String name = file.getFileName().toString();
        // planted.yaml is not a version but the defects RecallPrecisionTest plants
        if (name.equals(PlantedDefects.FILE)) continue;
        if (name.endsWith(".yaml") || Files.isDirectory(file)) {
          all.add(new Fixture(dir.getFileName().toString(), file));
        }
      }
    }
    return all.stream();
  }

  /**
   * The files of a fixture, each with the path it is copied to inside the policy folder: a file is
   * one version; a folder is a whole history, its {@code *.yaml} versions and its {@code
   * versions.lock}.
   */
  static Map<Path, String> files(Fixture fixture) {
    Map<Path, String> files = new LinkedHashMap<>();
    if (!Files.isDirectory(fixture.file())) {
      files.put(
          fixture.file(), "versions/" + expectations(fixture.file(), fixture.rule()).fileName());
      return files;
    }
    for (Path file : list(fixture.file())) {
      String name = file.getFileName().toString();
      if (name.equals(STORE_LABELS)) {
        files.put(file, name); // beside the versions, as in a policy
      } else if (name.endsWith(".yaml")) {
        files.put(file, "versions/" + expectations(file, fixture.rule()).fileName());
      } else if (name.equals(VersionLock.FILE)) {
        files.put(file, name);
      }
    }
    return files;
  }

  /**
   * The fixture policy's policy.yaml, numbered in the style that a {@code # numbering: <style>}
   * line at the top of a fixture's file names, such as {@code # numbering: Article 1}.
   */
  static String policyYaml(Fixture fixture) throws IOException {
    String yaml = POLICY_YAML;
    for (Path file : files(fixture).keySet()) {
      // ISO-8859-1 reads any byte: some fixtures are not UTF-8 on purpose
      for (String line : Files.readAllLines(file, StandardCharsets.ISO_8859_1)) {
        if (!line.startsWith("#")) break;
        Matcher m = NUMBERING.matcher(line);
        if (m.matches()) yaml += "numbering: \"" + m.group(1) + "\"\n";
        Matcher l = LANGUAGES.matcher(line);
        if (l.matches()) yaml = yaml.replace("languages: [en]", "languages: [" + l.group(1) + "]");
      }
    }
    return yaml;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void fixture(Fixture fixture, @TempDir Path tmp) throws IOException {
    Path policy = tmp.resolve(POLICY_ID);
    Files.createDirectories(policy.resolve("versions"));
    Files.writeString(policy.resolve("policy.yaml"), policyYaml(fixture), StandardCharsets.UTF_8);
    Map<String, List<At>> expected = new LinkedHashMap<>();
    for (Map.Entry<Path, String> f : files(fixture).entrySet()) {
      Files.copy(f.getKey(), policy.resolve(f.getValue()));
      expected.put(
          POLICY_ID + "/" + f.getValue(), expectations(f.getKey(), fixture.rule()).findings());
    }

    LintReport report = Linter.builder().displayRoot(tmp).build().lint(tmp);

    // each finding takes one mark at its place; what is left on either side differs
    Map<String, List<At>> left = new LinkedHashMap<>();
    expected.forEach((file, marks) -> left.put(file, new ArrayList<>(marks)));
    List<Finding> unexpected = new ArrayList<>();
    for (Finding f : report.findings()) {
      if (!f.ruleId().equals(fixture.rule())) continue;
      At at = new At(f.at().line(), f.at().column());
      if (!left.getOrDefault(f.at().file(), new ArrayList<>()).remove(at)) unexpected.add(f);
    }
    RuleMeta meta = RuleRegistry.find(fixture.rule()).orElseThrow().meta();
    List<Finding> missing = new ArrayList<>();
    left.forEach(
        (file, marks) ->
            marks.forEach(
                at ->
                    missing.add(
                        Finding.of(
                            meta,
                            new Position(file, at.line(), at.column()),
                            "the fixture marks a finding of this rule here, but there is none"))));
    if (!unexpected.isEmpty() || !missing.isEmpty()) {
      StringBuilder sb =
          new StringBuilder(fixture.path()).append(": findings differ from the marks\n");
      if (!unexpected.isEmpty()) {
        sb.append("unexpected (mark them with @<column>, or fix the rule):\n");
      }
      unexpected.forEach(f -> sb.append("  ").append(f.format()).append('\n'));
      if (!missing.isEmpty()) sb.append("missing:\n");
      missing.forEach(f -> sb.append("  ").append(f.format()).append('\n'));
      fail(sb.toString());
    }
  }

  /**
   * Reads the marks of a fixture for {@code rule}. Read as ISO-8859-1 so that a fixture that is
   * deliberately not UTF-8 can still be read; the marks themselves are ASCII.
   */
  static Expectations expectations(Path fixture, String rule) {
    List<String> lines;
    try {
      lines = Files.readAllLines(fixture, StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String fileName = fixture.getFileName().toString();
    List<At> expected = new ArrayList<>();
    boolean top = true;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      String where = fixture + ":" + (i + 1);
      top = top && line.startsWith("#");
      if (top) {
        Matcher file = FILE.matcher(line);
        if (file.matches()) fileName = file.group(1);
        Matcher at = EXPECT_LINE.matcher(line);
        if (at.matches()) {
          int n = Integer.parseInt(at.group(1));
          assertTrue(
              n >= 1 && n <= lines.size(),
              "%s: '%s' names line %d, but the file has %d lines"
                  .formatted(where, line, n, lines.size()));
          marks(where, at.group(2), rule, n, expected);
          continue;
        }
      }
      Matcher m = EXPECT.matcher(line);
      if (m.find()) {
        marks(where, m.group(1), rule, i + 1, expected);
      } else if (LOOKS_LIKE_A_MARK.matcher(line).find()) {
        fail(where + ": not a mark: '" + line.strip() + "'; " + FORMAT);
      }
    }
    expected.sort(null);
    return new Expectations(fileName, List.copyOf(expected));
  }

  private static final String FORMAT =
      "a mark is '# expect: <rule-id> @<column>', with ' x<count>' after the column for several"
          + " findings there and a comma between marks, or at the top '# expect-line <N>:' and the"
          + " same";

  /** Adds the marks of {@code text}, for {@code line}, that are of {@code rule}. */
  private static void marks(String where, String text, String rule, int line, List<At> into) {
    for (String mark : text.split(",", -1)) {
      Matcher m = MARK.matcher(mark);
      if (!m.matches()) fail(where + ": '" + mark.strip() + "' is not a mark; " + FORMAT);
      known(where, m.group(1));
      int count = m.group(3) == null ? 1 : Integer.parseInt(m.group(3));
      if (m.group(3) != null && count < 2) fail(where + ": x" + count + " is for two or more");
      if (!m.group(1).equals(rule)) continue;
      for (int k = 0; k < count; k++) into.add(new At(line, Integer.parseInt(m.group(2))));
    }
  }

  private static void known(String where, String id) {
    assertTrue(
        RuleRegistry.find(id).isPresent(),
        where + " expects a finding of '" + id + "', which is not a built-in rule");
  }

  static List<Path> list(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
