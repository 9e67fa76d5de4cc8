package dev.policyascode.lint.suppress;

import dev.policyascode.diagnostics.Position;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.comments.CommentType;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.CommentEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.representer.Representer;

/**
 * Finds the suppression comments of one YAML file. The file is read by SnakeYAML's parser with
 * comments kept, so a {@code #} inside a quoted or block text is never taken for a comment: in a
 * literal block, {@code # policy-lint-disable-line} is policy text.
 *
 * <p>A comment covers a line of YAML, and with it every line of a text that starts on that line:
 * put before {@code body: |}, it covers the whole body, where a comment could not be written.
 */
final class Directives {

  static final String PREFIX = "policy-lint-";
  static final String NEXT_LINE = "policy-lint-disable-next-line";
  static final String SAME_LINE = "policy-lint-disable-line";

  private static final Pattern DIRECTIVE =
      Pattern.compile("^(policy-lint-\\S*)(.*)$", Pattern.DOTALL);

  private Directives() {}

  /** The directives in {@code text}, the file named {@code file} in findings, in order. */
  static List<Directive> in(String file, String text) {
    // Every directive contains the prefix: a file without it has none, and is not parsed again.
    if (!text.contains(PREFIX)) return List.of();
    List<CommentEvent> comments = new ArrayList<>();
    Map<Integer, Integer> lastLineOfTextStartingAt = new HashMap<>();
    try {
      for (Event e : yaml().parse(new StringReader(text))) {
        if (e instanceof CommentEvent c && c.getCommentType() != CommentType.BLANK_LINE) {
          comments.add(c);
        } else if (e instanceof ScalarEvent s) {
          int first = s.getStartMark().getLine() + 1;
          lastLineOfTextStartingAt.merge(first, lastLine(s.getEndMark()), Math::max);
        }
      }
    } catch (YAMLException e) {
      // Only files that loaded are read here; should one not parse, its comments so far count.
    }
    String[] lines = text.split("\r\n|\r|\n", -1);
    List<Directive> directives = new ArrayList<>();
    for (CommentEvent c : comments) {
      String value = c.getValue().strip();
      Matcher m = DIRECTIVE.matcher(value);
      if (!m.matches()) continue;
      int line = c.getStartMark().getLine() + 1;
      Position at = new Position(file, line, c.getStartMark().getColumn() + 1);
      boolean ownLine = c.getCommentType() == CommentType.BLOCK;
      int target = m.group(1).equals(NEXT_LINE) ? nextContentLine(lines, line) : line;
      int last = target < 1 ? 0 : lastLineOfTextStartingAt.getOrDefault(target, target);
      String rest = m.group(2);
      int dashes = rest.indexOf("--");
      String ids = dashes < 0 ? rest : rest.substring(0, dashes);
      Optional<String> reason =
          dashes < 0 ? Optional.empty() : Optional.of(rest.substring(dashes + 2).strip());
      List<String> rules = Arrays.stream(ids.split("[,\\s]+")).filter(s -> !s.isEmpty()).toList();
      directives.add(
          new Directive(
              at, m.group(1), rules, reason.filter(r -> !r.isEmpty()), ownLine, target, last));
    }
    return directives;
  }

  /** The first line after {@code line} (1-based) with YAML on it; 0 if there is none. */
  private static int nextContentLine(String[] lines, int line) {
    for (int i = line; i < lines.length; i++) {
      String t = lines[i].strip();
      if (!t.isEmpty() && !t.startsWith("#")) return i + 1;
    }
    return 0;
  }

  /** A text ending at the start of a line (a literal block) ends on the line before. */
  private static int lastLine(Mark end) {
    return end.getColumn() == 0 ? end.getLine() : end.getLine() + 1;
  }

  /** Only parsed into events, never constructed; a safe constructor all the same. */
  private static Yaml yaml() {
    LoaderOptions options = new LoaderOptions();
    options.setProcessComments(true);
    options.setAllowDuplicateKeys(false);
    options.setMaxAliasesForCollections(10);
    DumperOptions dump = new DumperOptions();
    return new Yaml(new SafeConstructor(options), new Representer(dump), dump, options);
  }
}
