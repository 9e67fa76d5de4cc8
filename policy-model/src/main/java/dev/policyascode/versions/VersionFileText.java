package dev.policyascode.versions;

import dev.policyascode.load.YamlParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * The text of a version file, edited in place: a top-level value is changed where it is written,
 * and every other byte (comments, blank lines, quoting, line endings) stays as it was. Dumping the
 * YAML again would lose the comments and reflow the legal text, which must never happen.
 */
final class VersionFileText {

  /** What YAML 1.1 reads as a timestamp when it is written plain, such as 2026-01-01. */
  private static final Pattern YAML11_DATE = Pattern.compile("\\d{4}-\\d{1,2}-\\d{1,2}.*");

  private final String text;
  private final MappingNode root;

  private VersionFileText(String text, MappingNode root) {
    this.text = text;
    this.root = root;
  }

  /**
   * @throws IllegalArgumentException when the text is not a YAML mapping
   */
  public static VersionFileText of(String text) {
    Node node;
    try {
      node = YamlParser.compose(text);
    } catch (YAMLException e) {
      throw new IllegalArgumentException("the file is not well-formed YAML; run policy:lint");
    }
    if (!(node instanceof MappingNode m)) {
      throw new IllegalArgumentException("the file is not a YAML mapping; run policy:lint");
    }
    return new VersionFileText(text, m);
  }

  public String text() {
    return text;
  }

  /**
   * The text with the plain, single-line value of a top-level key replaced by {@code value}.
   *
   * @throws IllegalArgumentException when the key is missing or its value is not a one-line scalar
   */
  public VersionFileText with(String key, String value) {
    NodeTuple t = tuple(key).orElseThrow(() -> missing(key));
    if (!(t.getValueNode() instanceof ScalarNode v)
        || v.getStartMark().getLine() != v.getEndMark().getLine()) {
      throw new IllegalArgumentException(
          "the value of '" + key + ":' is not a single word on its line; write it as one");
    }
    int start = v.getStartMark().getIndex();
    int end = v.getEndMark().getIndex();
    // Marks count code points; convert to the string's UTF-16 offsets.
    int from = text.offsetByCodePoints(0, start);
    int to = text.offsetByCodePoints(from, end - start);
    String written = text.substring(from, to);
    String replacement =
        switch (v.getScalarStyle()) {
          // A YAML 1.1 reader (PyYAML, the js-yaml 3 of ajv-cli) makes a plain 2026-01-01 a
          // date, not the text the schema asks for; quoted, every reader sees the same text.
          case PLAIN -> YAML11_DATE.matcher(value).matches() ? "'" + value + "'" : value;
          case SINGLE_QUOTED -> "'" + value + "'";
          case DOUBLE_QUOTED -> "\"" + value + "\"";
          default ->
              throw new IllegalArgumentException(
                  "the value of '" + key + ":' is a block; write it on the key's line");
        };
    if (written.isEmpty()) {
      throw new IllegalArgumentException("the value of '" + key + ":' is empty");
    }
    return of(text.substring(0, from) + replacement + text.substring(to));
  }

  /** The text without a top-level key and its value (every line they span). */
  public VersionFileText without(String key) {
    NodeTuple t = tuple(key).orElseThrow(() -> missing(key));
    int first = t.getKeyNode().getStartMark().getLine();
    var end = t.getValueNode().getEndMark();
    // A block scalar ends at the start of the line after it; a plain one on its own last line.
    int last = end.getColumn() == 0 ? end.getLine() - 1 : end.getLine();
    List<String> lines = linesWithEnds(text);
    // A block scalar's end takes in the blank lines after it; they are layout, and stay.
    while (last > first && lines.get(last).isBlank()) last--;
    for (int i = last; i >= first; i--) lines.remove(i);
    return of(String.join("", lines));
  }

  /**
   * The lines of the text, each with its line end. A lone CR ends a line as CRLF and LF do: YAML,
   * and so the marks' line numbers, count it as one, and an old Mac editor writes nothing else.
   */
  static List<String> linesWithEnds(String text) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') continue;
      if (c == '\n' || c == '\r') {
        lines.add(text.substring(start, i + 1));
        start = i + 1;
      }
    }
    lines.add(text.substring(start));
    return lines;
  }

  private Optional<NodeTuple> tuple(String key) {
    return root.getValue().stream()
        .filter(t -> t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key))
        .findFirst();
  }

  private static IllegalArgumentException missing(String key) {
    return new IllegalArgumentException("the file has no '" + key + ":' line");
  }
}
