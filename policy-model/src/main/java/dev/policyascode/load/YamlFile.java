package dev.policyascode.load;

import dev.policyascode.lint.Finding;
import dev.policyascode.lint.rules.UnsafeYaml;
import dev.policyascode.lint.rules.YamlSyntax;
import dev.policyascode.model.Position;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.representer.Representer;

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
    Position start = Position.startOf(name);
    byte[] bytes;
    try {
      if (Files.size(path) > MAX_BYTES) {
        report.accept(Finding.of(UnsafeYaml.META, start, "the file is " + (Files.size(path) / 1024)
            + " KB, more than the " + (MAX_BYTES / 1024 / 1024) + " MB a policy file may have;"
            + " split it or remove what does not belong"));
        return Optional.empty();
      }
      bytes = Files.readAllBytes(path);
    } catch (IOException e) {
      report.accept(Finding.of(YamlSyntax.META, start, "cannot read the file: " + e.getMessage()));
      return Optional.empty();
    }
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      report.accept(Finding.of(YamlSyntax.META, firstBadByte(name, bytes),
          "the file is not valid UTF-8 here; save it with the UTF-8 encoding"));
      return Optional.empty();
    }
    if (text.startsWith("\uFEFF")) text = text.substring(1); // a byte-order mark is harmless
    return parse(text, name, type, report);
  }

  static Optional<Value> parse(String text, String name, Type type, Consumer<Finding> report) {
    Node root;
    try {
      root = yaml().compose(new StringReader(text));
    } catch (MarkedYAMLException e) {
      report.accept(Finding.of(rule(e), position(name, e), message(e)));
      return Optional.empty();
    } catch (YAMLException e) {
      report.accept(Finding.of(rule(e), Position.startOf(name), plain(e.getMessage())));
      return Optional.empty();
    }
    if (root == null) {
      report.accept(Finding.of(dev.policyascode.lint.rules.MissingKey.META, Position.startOf(name),
          "the file is empty; a policy file is a mapping of keys such as 'format: 1'"));
      return Optional.empty();
    }
    List<String> lines = text.lines().toList();
    return Optional.ofNullable(new ValueReader(name, lines, report).read(root, type));
  }

  private static Yaml yaml() {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    options.setMaxAliasesForCollections(10);
    options.setAllowRecursiveKeys(false);
    options.setNestingDepthLimit(MAX_DEPTH);
    options.setCodePointLimit(MAX_BYTES);
    DumperOptions dump = new DumperOptions();
    return new Yaml(new SafeConstructor(options), new Representer(dump), dump, options);
  }

  private static dev.policyascode.lint.RuleMeta rule(YAMLException e) {
    String m = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
    boolean limit = m.contains("nesting depth") || m.contains("aliases") || m.contains("exceeds the limit")
        || m.contains("global tag") || m.contains("recursive");
    return limit ? UnsafeYaml.META : YamlSyntax.META;
  }

  private static Position position(String name, MarkedYAMLException e) {
    Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
    return Marks.position(name, m);
  }

  /** SnakeYAML's words, without its echo of the source (the position says where). */
  private static String message(MarkedYAMLException e) {
    StringBuilder sb = new StringBuilder();
    if (e.getContext() != null) sb.append(e.getContext()).append(": ");
    sb.append(e.getProblem() == null ? "the YAML is not well-formed" : e.getProblem());
    String m = sb.toString();
    String hint = "";
    if (m.contains("\\t") || m.contains("tab")) {
      hint = "; indent with spaces, never tabs";
    } else if (m.contains("nesting depth")) {
      hint = "; a policy file is never this deep: check the indentation";
    } else if (m.contains("aliases")) {
      hint = "; anchors and aliases are not allowed in policy files";
    } else if (m.contains("found duplicate key")) {
      hint = "; keep one of them";
    } else {
      hint = "; check the indentation and quote text that holds ': ' or ' #'";
    }
    return plain(m) + hint;
  }

  private static String plain(String m) {
    return String.valueOf(m).replaceAll("\\s+", " ").strip();
  }

  private static Position firstBadByte(String name, byte[] bytes) {
    ByteBuffer in = ByteBuffer.wrap(bytes);
    java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
    StandardCharsets.UTF_8.newDecoder().decode(in, out, true); // stops at the first bad byte
    int bad = in.position();
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < bad; i++) {
      if (bytes[i] == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new Position(name, line, bad - lineStart + 1);
  }
}
