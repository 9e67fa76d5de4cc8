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
import java.util.Set;
import java.util.TreeSet;
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
 *   <li>{@code # expect: <rule-id>} at the end of a line: that line must produce a finding of the
 *       folder's rule;
 *   <li>{@code # expect-line <N>: <rule-id>} at the top of the file: line N (counted from 1 in the
 *       fixture) must, for a finding inside a literal block, where a comment would be text;
 *   <li>{@code # file: <name>} at the top of the file: the name to copy the fixture under instead
 *       of its own, which must be the version id unless the fixture is about the file's name.
 * </ul>
 *
 * <p>A folder in a rule's folder is a fixture of several files, for the rules that compare
 * versions: its {@code *.yaml} files are versions and its {@code versions.lock} the lock, each
 * marked the same way.
 *
 * <p>Every other line must produce no finding of the folder's rule. Other rules are ignored.
 */
class RuleFixtureTest {

  /** The policy every fixture version is copied into. */
  static final String POLICY_ID = "fixture-policy";

  static final Path MODULE =
      Path.of(System.getProperty("basedir", "")).toAbsolutePath().normalize();
  static final Path FIXTURES = MODULE.resolve("src/test/resources/fixtures");

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

  private static final Pattern EXPECT =
      Pattern.compile("(?:^|\\s)#\\s*expect:\\s*([a-z0-9-]+(?:\\s*,\\s*[a-z0-9-]+)*)\\s*$");
  private static final Pattern EXPECT_LINE =
      Pattern.compile("^#\\s*expect-line\\s+(\\d+)\\s*:\\s*([a-z0-9-]+)\\s*$");
  private static final Pattern FILE = Pattern.compile("^#\\s*file:\\s*(\\S+)\\s*$");

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

  /** What a fixture file says of itself: the name to copy it under and the expected findings. */
  record Expectations(String fileName, Set<Integer> lines) {}

  static Stream<Fixture> fixtures() {
    List<Fixture> all = new ArrayList<>();
    for (Path dir : list(FIXTURES)) {
      if (!Files.isDirectory(dir)) continue;
      for (Path file : list(dir)) {
        if (file.getFileName().toString().endsWith(".yaml") || Files.isDirectory(file)) {
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
      if (name.endsWith(".yaml")) {
        files.put(file, "versions/" + expectations(file, fixture.rule()).fileName());
      } else if (name.equals(VersionLock.FILE)) {
        files.put(file, name);
      }
    }
    return files;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void fixture(Fixture fixture, @TempDir Path tmp) throws IOException {
    Path policy = tmp.resolve(POLICY_ID);
    Files.createDirectories(policy.resolve("versions"));
    Files.writeString(policy.resolve("policy.yaml"), POLICY_YAML, StandardCharsets.UTF_8);
    Map<String, Set<Integer>> expected = new LinkedHashMap<>();
    for (Map.Entry<Path, String> f : files(fixture).entrySet()) {
      Files.copy(f.getKey(), policy.resolve(f.getValue()));
      expected.put(
          POLICY_ID + "/" + f.getValue(), expectations(f.getKey(), fixture.rule()).lines());
    }

    LintReport report = Linter.builder().displayRoot(tmp).build().lint(tmp);

    List<Finding> unexpected = new ArrayList<>();
    Map<String, Set<Integer>> found = new LinkedHashMap<>();
    for (Finding f : report.findings()) {
      if (!f.ruleId().equals(fixture.rule())) continue;
      String file = f.at().file();
      if (expected.getOrDefault(file, Set.of()).contains(f.at().line())) {
        found.computeIfAbsent(file, k -> new TreeSet<>()).add(f.at().line());
      } else {
        unexpected.add(f);
      }
    }
    RuleMeta meta = RuleRegistry.find(fixture.rule()).orElseThrow().meta();
    List<Finding> missing = new ArrayList<>();
    expected.forEach(
        (file, lines) -> {
          for (int line : lines) {
            if (!found.getOrDefault(file, Set.of()).contains(line)) {
              missing.add(
                  Finding.of(
                      meta,
                      new Position(file, line, 1),
                      "expected a finding of this rule on this line, but there is none"));
            }
          }
        });
    if (!unexpected.isEmpty() || !missing.isEmpty()) {
      StringBuilder sb =
          new StringBuilder(fixture.path()).append(": findings differ from the marks\n");
      if (!unexpected.isEmpty()) sb.append("unexpected (mark the line, or fix the rule):\n");
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
    Set<Integer> expected = new TreeSet<>();
    boolean top = true;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
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
                  .formatted(fixture, line, n, lines.size()));
          known(fixture, at.group(2));
          if (at.group(2).equals(rule)) expected.add(n);
          continue;
        }
      }
      Matcher m = EXPECT.matcher(line);
      if (m.find()) {
        for (String id : m.group(1).split("\\s*,\\s*")) {
          known(fixture, id);
          if (id.equals(rule)) expected.add(i + 1);
        }
      }
    }
    return new Expectations(fileName, expected);
  }

  private static void known(Path fixture, String id) {
    assertTrue(
        RuleRegistry.find(id).isPresent(),
        fixture + " expects a finding of '" + id + "', which is not a built-in rule");
  }

  static List<Path> list(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
