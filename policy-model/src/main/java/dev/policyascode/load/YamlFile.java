package dev.policyascode.load;

import dev.policyascode.diagnostics.Finding;
import dev.policyascode.diagnostics.Position;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads one YAML file into a checked {@link Value} tree. The file is only composed into nodes,
 * never constructed into Java objects, and every scalar keeps the text the author wrote.
 */
final class YamlFile {

  /** A policy version is a few hundred kilobytes; anything this large is a mistake or an attack. */
  static final int MAX_BYTES = 4 * 1024 * 1024;

  static final int MAX_DEPTH = 40;

  private YamlFile() {}

  /** The checked value of {@code path}, or empty after reporting why it could not be read. */
  static Optional<Value> read(Path path, String name, Type type, Consumer<Finding> report) {
    return read(path, name, type, report, bytes -> {}, comments -> {});
  }

  /**
   * As above; {@code read} also gets the file's bytes, such as to compute their digest, and {@code
   * comments} the file's comments, read in the same parse, when the file is well-formed.
   */
  static Optional<Value> read(
      Path path,
      String name,
      Type type,
      Consumer<Finding> report,
      Consumer<byte[]> read,
      Consumer<List<Comment>> comments) {
    Optional<byte[]> bytes = bytes(path, name, report);
    if (bytes.isEmpty()) return Optional.empty();
    read.accept(bytes.get());
    return parse(bytes.get(), name, type, report, comments);
  }

  /** The file's bytes, or empty when it cannot be read or is too large, which is reported. */
  static Optional<byte[]> bytes(Path path, String name, Consumer<Finding> report) {
    Position start = Position.startOf(name);
    byte[] bytes;
    try {
      if (Files.size(path) > MAX_BYTES) {
        report.accept(
            Finding.of(
                LoadRules.UNSAFE_YAML,
                start,
                "the file is "
                    + (Files.size(path) / 1024)
                    + " KB, more than the "
                    + (MAX_BYTES / 1024 / 1024)
                    + " MB a policy file may have;"
                    + " split it or remove what does not belong"));
        return Optional.empty();
      }
      // Read no more than the limit, whatever the size said: a special file reports none.
      try (java.io.InputStream in = Files.newInputStream(path)) {
        bytes = in.readNBytes(MAX_BYTES + 1);
      }
      if (bytes.length > MAX_BYTES) {
        report.accept(
            Finding.of(
                LoadRules.UNSAFE_YAML,
                start,
                "the file is more than the "
                    + (MAX_BYTES / 1024 / 1024)
                    + " MB a policy file may have; split it or remove what does not belong"));
        return Optional.empty();
      }
    } catch (IOException e) {
      report.accept(
          Finding.of(LoadRules.YAML_SYNTAX, start, "cannot read the file: " + e.getMessage()));
      return Optional.empty();
    }
    return Optional.of(bytes);
  }

  /** The file of {@code bytes} decoded and parsed, as {@link #read} does after reading it. */
  static Optional<Value> parse(
      byte[] bytes,
      String name,
      Type type,
      Consumer<Finding> report,
      Consumer<List<Comment>> comments) {
    // The JDK's own decoding, much the fastest, replaces a malformed sequence with U+FFFD: a text
    // without one is the file's exact decoding. One with U+FFFD, written or replaced, is decoded
    // again by a decoder that reports a malformed sequence.
    String text = new String(bytes, StandardCharsets.UTF_8);
    try {
      if (text.indexOf('\uFFFD') >= 0) {
        text =
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
      }
    } catch (CharacterCodingException e) {
      report.accept(
          Finding.of(
              LoadRules.YAML_SYNTAX,
              firstBadByte(name, bytes),
              "the file is not valid UTF-8 here; save it with the UTF-8 encoding"));
      return Optional.empty();
    }
    if (text.startsWith("\uFEFF")) text = text.substring(1); // a byte-order mark is harmless
    return parse(text, name, type, report, comments);
  }

  static Optional<Value> parse(String text, String name, Type type, Consumer<Finding> report) {
    return parse(text, name, type, report, comments -> {});
  }

  /** As above; {@code comments} gets the text's comments when the text is well-formed. */
  static Optional<Value> parse(
      String text,
      String name,
      Type type,
      Consumer<Finding> report,
      Consumer<List<Comment>> comments) {
    Optional<Position> separator = ordinary(text) ? Optional.empty() : unusualLineBreak(text, name);
    if (separator.isPresent()) {
      report.accept(
          Finding.of(
              LoadRules.YAML_SYNTAX,
              separator.get(),
              "an invisible line separator (U+2028, U+2029 or U+0085) is here; YAML reads it as a line"
                  + " break where editors show none: replace it with a line break or a space"));
      return Optional.empty();
    }
    Optional<Position> control = ordinary(text) ? Optional.empty() : controlCharacter(text, name);
    if (control.isPresent()) {
      report.accept(
          Finding.of(
              LoadRules.YAML_SYNTAX,
              control.get(),
              "an invisible control character is here, which YAML does not allow; delete it"
                  + " (it often comes with text pasted from another program)"));
      return Optional.empty();
    }
    YamlParser.Parsed parsed;
    try {
      parsed = YamlParser.parse(text);
    } catch (MarkedYAMLException e) {
      report.accept(Finding.of(rule(e), position(name, e), message(e)));
      return Optional.empty();
    } catch (YAMLException e) {
      // SnakeYAML's limits (aliases, nesting depth) carry no position: find it in the events.
      String m = String.valueOf(e.getMessage());
      report.accept(Finding.of(rule(e), position(name, text, m), YamlProblems.explain(m)));
      return Optional.empty();
    }
    Node root = parsed.root();
    if (root == null) {
      report.accept(
          Finding.of(
              LoadRules.MISSING_KEY,
              Position.startOf(name),
              "the file is empty; a policy file is a mapping of keys such as 'format: 1'"));
      return Optional.empty();
    }
    List<String> lines = lines(text);
    Optional<Value> value =
        Optional.ofNullable(
            new ValueReader(name, lines, report, parsed.aliases()).read(root, type));
    if (value.isPresent()) comments.accept(parsed.comments(name, lines));
    return value;
  }

  private static dev.policyascode.diagnostics.RuleMeta rule(YAMLException e) {
    String m = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
    boolean limit =
        m.contains("nesting depth")
            || m.contains("aliases")
            || m.contains("exceeds the limit")
            || m.contains("global tag")
            || m.contains("recursive");
    return limit ? LoadRules.UNSAFE_YAML : LoadRules.YAML_SYNTAX;
  }

  /** Where the problem is; an unclosed quote is placed at the quote, not at the end of file. */
  private static Position position(String name, MarkedYAMLException e) {
    Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
    if (e.getContextMark() != null && YamlProblems.reportedAtEnd(String.valueOf(e.getProblem()))) {
      m = e.getContextMark();
    }
    return Marks.position(name, m);
  }

  private static String message(MarkedYAMLException e) {
    StringBuilder sb = new StringBuilder();
    if (e.getContext() != null) sb.append(e.getContext()).append(": ");
    sb.append(e.getProblem() == null ? "" : e.getProblem());
    return YamlProblems.explain(sb.toString());
  }

  /**
   * Where a limit without a position was passed: the first alias, or the first collection nested
   * deeper than {@link #MAX_DEPTH}. The parser keeps its own stack, so it reads any depth safely.
   */
  private static Position position(String name, String text, String message) {
    String m = message.toLowerCase(java.util.Locale.ROOT);
    boolean aliases = m.contains("aliases");
    boolean depth = m.contains("nesting depth");
    if (!aliases && !depth) return Position.startOf(name);
    int level = 0;
    try {
      for (Event event : YamlParser.events(text)) {
        if (aliases && event instanceof AliasEvent)
          return Marks.position(name, event.getStartMark());
        if (event instanceof CollectionStartEvent && ++level > MAX_DEPTH) {
          return Marks.position(name, event.getStartMark());
        }
        if (event instanceof CollectionEndEvent) level--;
      }
    } catch (YAMLException e) {
      // a later syntax error: the start of the file will do
    }
    return Position.startOf(name);
  }

  /**
   * Whether every character of {@code text} is one that neither {@link #unusualLineBreak} nor
   * {@link #controlCharacter} looks for: one pass, instead of their two, over almost every file.
   */
  private static boolean ordinary(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x20 && c < 0x7f) continue;
      if (c == '\n' || c == '\r' || c == '\t') continue;
      if (c < 0xa0 || c == '\u2028' || c == '\u2029' || c == 0xfffe || c == 0xffff) return false;
    }
    return true;
  }

  /** The lines of {@code text}, as {@link String#lines()} cuts them. */
  private static List<String> lines(String text) {
    List<String> lines = new java.util.ArrayList<>();
    int start = 0;
    int n = text.length();
    if (text.indexOf('\r') < 0) {
      // Line feeds only, as almost every file has: the JDK's search for a character, much faster
      // than a look at each character here, finds each line's end.
      for (int end; (end = text.indexOf('\n', start)) >= 0; start = end + 1) {
        lines.add(text.substring(start, end));
      }
      if (start < n) lines.add(text.substring(start));
      return java.util.Collections.unmodifiableList(lines);
    }
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        lines.add(text.substring(start, i));
        if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') i++;
        start = i + 1;
      }
    }
    if (start < n) lines.add(text.substring(start));
    return java.util.Collections.unmodifiableList(lines);
  }

  /**
   * SnakeYAML (YAML 1.1) breaks lines at U+2028, U+2029 and U+0085 too, editors do not: after one,
   * every line number would be off. Such a character is invisible, usually pasted from elsewhere.
   */
  private static Optional<Position> unusualLineBreak(String text, String name) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\u2028' || c == '\u2029' || c == '\u0085') {
        return Optional.of(new Position(name, line, text.codePointCount(lineStart, i) + 1));
      }
      if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
        line++;
        lineStart = i + 1;
      }
    }
    return Optional.empty();
  }

  /**
   * The first character YAML does not allow in a file (a NUL, DEL, or another C0 or C1 control
   * character but tab and line breaks), where it is. SnakeYAML reports one with no position.
   */
  private static Optional<Position> controlCharacter(String text, String name) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean allowed =
          c == '\t'
              || c == '\n'
              || c == '\r'
              || (c >= 0x20 && c < 0x7f)
              || (c >= 0xa0 && c != 0xfffe && c != 0xffff)
              || c == 0x85;
      if (!allowed) {
        return Optional.of(new Position(name, line, text.codePointCount(lineStart, i) + 1));
      }
      if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
        line++;
        lineStart = i + 1;
      }
    }
    return Optional.empty();
  }

  private static Position firstBadByte(String name, byte[] bytes) {
    ByteBuffer in = ByteBuffer.wrap(bytes);
    java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
    StandardCharsets.UTF_8.newDecoder().decode(in, out, true); // stops at the first bad byte
    int bad = in.position();
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < bad; i++) {
      // A lone CR ends a line too, as it does for YAML; a CR before LF is part of one line end.
      if (bytes[i] == '\n'
          || (bytes[i] == '\r' && (i + 1 == bytes.length || bytes[i + 1] != '\n'))) {
        line++;
        lineStart = i + 1;
      }
    }
    // A column counts characters, as SnakeYAML's do, not bytes: "Bègles" is six wide, not seven.
    String before = new String(bytes, lineStart, bad - lineStart, StandardCharsets.UTF_8);
    return new Position(name, line, before.codePointCount(0, before.length()) + 1);
  }
}
