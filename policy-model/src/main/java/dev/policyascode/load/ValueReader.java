package dev.policyascode.load;

import dev.policyascode.diagnostics.Finding;
import dev.policyascode.diagnostics.Position;
import dev.policyascode.diagnostics.RuleMeta;
import dev.policyascode.model.Positions;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Checks a composed YAML node tree against a {@link Type} and turns it into {@link Value}s. It
 * reports every problem it finds, not just the first, so that one build lists them all; a value
 * with a problem comes back as null and its parent is still checked.
 */
final class ValueReader {

  /** Tags that only say what the resolver guessed; any other tag was written by the author. */
  private static final Set<Tag> IMPLICIT =
      Set.of(
          Tag.STR,
          Tag.INT,
          Tag.FLOAT,
          Tag.BOOL,
          Tag.NULL,
          Tag.TIMESTAMP,
          Tag.MERGE,
          Tag.MAP,
          Tag.SEQ);

  private final String file;
  private final List<String> lines;
  private final Consumer<Finding> report;
  private final boolean aliases;
  private final Map<Node, Boolean> seen = new IdentityHashMap<>();

  /**
   * @param aliases whether the text has an alias: without one, no node is reached twice, and the
   *     nodes need not be remembered
   */
  ValueReader(String file, List<String> lines, Consumer<Finding> report, boolean aliases) {
    this.file = file;
    this.lines = lines;
    this.report = report;
    this.aliases = aliases;
  }

  Value read(Node node, Type type) {
    return read(node, type, null, false);
  }

  /**
   * @param key the key the value is written under, for messages; null for the top or a list item
   * @param optional whether the key may be left out, so that a message can suggest removing it
   */
  private Value read(Node node, Type type, String key, boolean optional) {
    if (!safe(node)) return null;
    if (type instanceof Type.Scalar s) return scalar(node, s, key, optional);
    if (type instanceof Type.ListOf l) return list(node, l, key, optional);
    return object(node, (Type.Obj) type, key);
  }

  private boolean safe(Node node) {
    // An alias is the very node of its anchor, already reported there: once is enough.
    if (aliases && seen.put(node, Boolean.TRUE) != null) return false;
    if (node.getAnchor() != null) {
      error(
          LoadRules.UNSAFE_YAML,
          node,
          "anchors (&name) and aliases (*name) are not allowed in policy files; write the value out in full");
      return false;
    }
    Tag tag = node.getTag();
    // The resolver's own tags first, by identity: almost every node has one of these three.
    boolean implicit = tag == Tag.STR || tag == Tag.MAP || tag == Tag.SEQ || IMPLICIT.contains(tag);
    if (!implicit) {
      error(
          LoadRules.UNSAFE_YAML,
          node,
          "the tag '"
              + node.getTag().getValue().replace("tag:yaml.org,2002:", "!!")
              + "' is not allowed; policy files hold plain text,"
              + " lists and mappings, so remove the tag");
      return false;
    }
    return true;
  }

  private Value scalar(Node node, Type.Scalar type, String key, boolean optional) {
    if (!(node instanceof ScalarNode s)) {
      error(
          LoadRules.WRONG_TYPE,
          node,
          "expected " + type.noun() + where(key) + ", found " + kind(node));
      return null;
    }
    String text = s.getValue();
    if (nothing(s)) {
      String said =
          text.isEmpty()
              ? ""
              : " ('" + text + "' means nothing in YAML; quote it to mean the word)";
      error(
          LoadRules.WRONG_TYPE,
          node,
          (key == null ? "a value" : "'" + key + "'")
              + " has no value"
              + said
              + "; write "
              + type.noun()
              + (optional ? " or remove the key" : ""));
      return null;
    }
    // What YAML decoded, escapes included: the raw file was checked, this is what is published.
    Optional<String> problem = DecodedText.problem(text, type.multiline(), key);
    text = NfcText.of(text); // "Café" is one text however its accent is written
    ScalarLocator locator = new ScalarLocator(file, lines, s, text);
    // An id's wrong character that is not ASCII is named, and placed where it is.
    Optional<Finding> id = IdChars.finding(problem, type, text, locator);
    if (problem.isEmpty()) problem = type.check().apply(text);
    if (problem.isPresent()) {
      report.accept(id.orElse(Finding.of(LoadRules.WRONG_TYPE, pos(node), problem.get())));
      return null;
    }
    return new Value.Scalar(locator.start(), text, locator);
  }

  private Value list(Node node, Type.ListOf type, String key, boolean optional) {
    if (!(node instanceof SequenceNode seq)) {
      error(
          LoadRules.WRONG_TYPE,
          node,
          "expected a list"
              + where(key)
              + ", found "
              + kind(node)
              + "; write each item on its own line starting with '- '");
      return null;
    }
    if (type.nonEmpty() && seq.getValue().isEmpty()) {
      error(
          LoadRules.WRONG_TYPE,
          node,
          "this list is empty; add an item"
              + (optional && key != null ? " or remove '" + key + "'" : ""));
      return null;
    }
    List<Value> items = new ArrayList<>();
    boolean complete = true;
    for (Node item : seq.getValue()) {
      Value v = read(item, type.item(), key, false);
      if (v == null) complete = false;
      items.add(v);
    }
    return complete ? new Value.Seq(pos(node), List.copyOf(items)) : null;
  }

  private Value object(Node node, Type.Obj type, String key) {
    if (!(node instanceof MappingNode map)) {
      error(
          LoadRules.WRONG_TYPE,
          node,
          "expected "
              + type.noun()
              + where(key)
              + ", found "
              + kind(node)
              + "; write its keys as 'key: value' lines");
      return null;
    }
    Map<String, Value> fields = new LinkedHashMap<>();
    Map<String, Position> keyAt = new LinkedHashMap<>();
    boolean complete = true;
    for (NodeTuple tuple : map.getValue()) {
      Node k = tuple.getKeyNode();
      if (!safe(k)) {
        complete = false;
        continue;
      }
      if (!(k instanceof ScalarNode ks)) {
        error(LoadRules.WRONG_TYPE, k, "a key must be a plain word, not " + kind(k));
        complete = false;
        continue;
      }
      String name = ks.getValue();
      Position first = keyAt.putIfAbsent(name, pos(k)); // one look-up, not two
      if (first != null) {
        error(
            LoadRules.DUPLICATE_KEY,
            k,
            "duplicate key '"
                + name
                + "': it is already set at line "
                + first.line()
                + "; keep one of them");
        complete = false;
        continue;
      }
      Optional<Type.Field> field = type.field(name);
      if (field.isEmpty()) {
        List<String> known = type.fields().stream().map(Type.Field::key).toList();
        String hint =
            DidYouMean.closest(name, known).map(c -> "did you mean '" + c + "'? ").orElse("");
        error(
            LoadRules.UNKNOWN_KEY,
            k,
            "unknown key '"
                + name
                + "' in "
                + describe(type, map)
                + "; "
                + hint
                + "the keys allowed here are: "
                + String.join(", ", known));
        complete = false;
        continue;
      }
      Value v = read(tuple.getValueNode(), field.get().type(), name, !field.get().required());
      if (v == null) complete = false;
      else fields.put(name, v);
    }
    complete &= RequiredKeys.check(type, keyAt, pos(node), () -> describe(type, map), report);
    return complete ? new Value.Map_(pos(node), fields, keys(type)) : null;
  }

  /**
   * The keys of a kind of mapping, made once and shared by all its records. By identity: a type can
   * hold itself (a section lists sections), so it has no hash code to go by.
   */
  private static volatile Map<Type.Obj, Positions.Keys> keys = new IdentityHashMap<>();

  /**
   * Read without a lock by every thread that loads a file; a kind not seen yet is added to a copy
   * (there are a few dozen kinds).
   */
  private static Positions.Keys keys(Type.Obj type) {
    Positions.Keys k = keys.get(type);
    if (k != null) return k;
    synchronized (ValueReader.class) {
      k = keys.get(type);
      if (k == null) {
        k = new Positions.Keys(type.name(), type.fields().stream().map(Type.Field::key).toList());
        Map<Type.Obj, Positions.Keys> more = new IdentityHashMap<>(keys);
        more.put(type, k);
        keys = more;
      }
      return k;
    }
  }

  /** "the section 'rights'" when the mapping has an id, else "a section". */
  private static String describe(Type.Obj type, MappingNode map) {
    for (NodeTuple t : map.getValue()) {
      if (t.getKeyNode() instanceof ScalarNode k
          && k.getValue().equals("id")
          && t.getValueNode() instanceof ScalarNode v) {
        return "the " + type.name() + " '" + v.getValue() + "'";
      }
    }
    String n = type.name();
    return ("aeiou".indexOf(n.charAt(0)) >= 0 ? "an " : "a ") + n;
  }

  /**
   * Nothing written, or a plain {@code ~} or {@code null}: YAML 1.1, YAML 1.2 and so the editor all
   * read these as no value, so the loader must not turn them into the text "null".
   */
  private static boolean nothing(ScalarNode s) {
    if (!s.isPlain()) return false;
    // "", "~", "null", "Null" and "NULL", compared without hashing: a set's look-up computed the
    // hash of almost every key and short value of every file, which nothing else asks for.
    String v = s.getValue();
    return switch (v.length()) {
      case 0 -> true;
      case 1 -> v.charAt(0) == '~';
      case 4 -> v.equals("null") || v.equals("Null") || v.equals("NULL");
      default -> false;
    };
  }

  private static String where(String key) {
    return key == null ? "" : " for '" + key + "'";
  }

  private static String kind(Node node) {
    return switch (node.getNodeId()) {
      case scalar ->
          nothing((ScalarNode) node)
              ? "nothing"
              : "the text '" + abbreviate(((ScalarNode) node).getValue()) + "'";
      case sequence -> "a list";
      case mapping -> "a mapping of keys";
      default -> "an alias";
    };
  }

  private static String abbreviate(String s) {
    String one = s.replaceAll("\\s+", " ").strip();
    return one.length() <= 40 ? one : one.substring(0, 37) + "...";
  }

  private Position pos(Node node) {
    return Marks.position(file, node.getStartMark());
  }

  private void error(RuleMeta rule, Node node, String message) {
    report.accept(Finding.of(rule, pos(node), message));
  }
}
