package dev.policyascode.load;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.comments.CommentType;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CommentEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * How the project reads YAML text, with the one set of {@link LoaderOptions}: the loader reads the
 * policy files and policy blocks through it, the version workflow the files it edits in place.
 *
 * <p>One parse gives the node tree, the comments and where each text ends: the parser keeps the
 * comments, and a filter takes them out of its events before the composer sees them, so the nodes
 * are composed exactly as without comments. Nothing is ever constructed into Java objects.
 */
public final class YamlParser {

  /** Only read once set up, so one is shared by every thread. */
  private static final LoaderOptions OPTIONS = options();

  /**
   * The resolver only reads its table once made, and making it filled a map of patterns for every
   * file and every policy block parsed: one, shared.
   */
  private static final Resolver RESOLVER =
      new Resolver() {
        /**
         * A plain text that starts with a letter of "yes", "no", "true", "false", "on", "off" or
         * "null" (keys such as {@code name}, {@code term}, {@code title}) but is none of them is a
         * text: the same tag the resolver gives after trying its patterns, without a regular
         * expression's matcher for every such key of every file.
         */
        @Override
        public Tag resolve(NodeId kind, String value, boolean implicit) {
          if (kind == NodeId.scalar
              && implicit
              && !value.isEmpty()
              && "yYnNtTfFoO".indexOf(value.charAt(0)) >= 0
              && !maybeWord(value)) {
            return Tag.STR;
          }
          return super.resolve(kind, value, implicit);
        }
      };

  /**
   * Whether {@code value} may be one of the words the resolver reads as a boolean or as null (in
   * any case: the resolver itself decides which spellings count).
   */
  private static boolean maybeWord(String value) {
    if (value.length() > 5) return false;
    for (String w : new String[] {"yes", "no", "true", "false", "on", "off", "null"}) {
      if (value.equalsIgnoreCase(w)) return true;
    }
    return false;
  }

  private YamlParser() {}

  private static LoaderOptions options() {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    options.setMaxAliasesForCollections(10);
    options.setAllowRecursiveKeys(false);
    options.setNestingDepthLimit(YamlFile.MAX_DEPTH);
    options.setCodePointLimit(YamlFile.MAX_BYTES);
    options.setProcessComments(true);
    return options;
  }

  /**
   * The node tree of {@code text}, such as a version file to edit in place; null for an empty text.
   *
   * @throws org.yaml.snakeyaml.error.YAMLException when the text is not well-formed YAML
   */
  public static Node compose(String text) {
    return parse(text).root();
  }

  /** What one parse of a text gave: its nodes, its comments, and where each text ends. */
  record Parsed(Node root, List<CommentEvent> comments, int[] textEnds, boolean aliases) {

    /** The comments, with the lines each stands beside and before; {@code lines} are the text's. */
    List<Comment> comments(String file, List<String> lines) {
      List<Comment> all = new ArrayList<>();
      for (CommentEvent c : comments) {
        int line = Marks.line(c.getStartMark());
        int next = nextContentLine(lines, line);
        all.add(
            new Comment(
                Marks.position(file, c.getStartMark()),
                c.getValue(),
                c.getCommentType() == CommentType.BLOCK,
                lines(line),
                next < 1 ? Comment.Lines.NONE : lines(next)));
      }
      return List.copyOf(all);
    }

    /** Line {@code first}, through the last line of a text that starts on it. */
    private Comment.Lines lines(int first) {
      int end = first < textEnds.length && textEnds[first] != 0 ? textEnds[first] : first;
      return new Comment.Lines(first, Math.max(first, end));
    }

    /** The first line after {@code line} (1-based) with YAML on it; 0 if there is none. */
    private static int nextContentLine(List<String> lines, int line) {
      for (int i = line; i < lines.size(); i++) {
        String t = lines.get(i).strip();
        if (!t.isEmpty() && !t.startsWith("#")) return i + 1;
      }
      return 0;
    }
  }

  /**
   * Parses and composes {@code text} once.
   *
   * @throws org.yaml.snakeyaml.error.YAMLException when the text is not well-formed YAML, or passes
   *     a limit (aliases, nesting depth, size)
   */
  static Parsed parse(String text) {
    Observed parser = new Observed(newParser(text), text);
    Node root = new Composer(parser, RESOLVER, OPTIONS).getSingleNode();
    return new Parsed(
        root,
        List.copyOf(parser.comments),
        Arrays.copyOf(parser.textEnds, parser.lastTextLine + 1),
        parser.aliases);
  }

  /** The events of {@code text}, to find where a limit without a position was passed. */
  static Iterable<Event> events(String text) {
    Parser parser = newParser(text);
    return () ->
        new java.util.Iterator<>() {
          @Override
          public boolean hasNext() {
            return parser.peekEvent() != null;
          }

          @Override
          public Event next() {
            return parser.getEvent();
          }
        };
  }

  private static Parser newParser(String text) {
    return new ParserImpl(new StreamReader(new StringReader(text)), OPTIONS);
  }

  /**
   * The parser's events without its comments, which it keeps aside, and the last line of every text
   * by the line it starts on: a comment before {@code body: |} covers the whole body.
   */
  private static final class Observed implements Parser {
    private final Parser in;
    private final String text;
    private final List<CommentEvent> comments = new ArrayList<>();
    // By the line (1-based) a text starts on, the last line of the texts that start there; 0 for
    // none. An array, not a map: it is written for every scalar of every file.
    private int[] textEnds = new int[64];
    private int lastTextLine;
    private boolean aliases; // whether the text has an alias, which makes a node appear twice
    private int codePoints = -1; // of the text, counted when first needed
    private Event pending; // the next event, its comments taken out
    private Event last;

    Observed(Parser in, String text) {
      this.in = in;
      this.text = text;
    }

    @Override
    public boolean checkEvent(Event.ID choice) {
      Event next = peekEvent();
      return next != null && next.is(choice);
    }

    @Override
    public Event peekEvent() {
      if (pending != null) return pending;
      // One call of the parser an event (it gives null after the last), where a check for a
      // comment, a look and a take were three.
      Event e = in.getEvent();
      while (e instanceof CommentEvent c) {
        if (c.getCommentType() != CommentType.BLANK_LINE) comments.add(c);
        e = in.getEvent();
      }
      if (e == null) return null;
      pending = placedAsWithoutComments(e);
      return pending;
    }

    @Override
    public Event getEvent() {
      Event e = peekEvent();
      pending = null;
      last = e;
      if (e instanceof ScalarEvent s) {
        int line = Marks.line(s.getStartMark());
        if (line >= textEnds.length) {
          textEnds = Arrays.copyOf(textEnds, Math.max(line + 1, textEnds.length * 2));
        }
        textEnds[line] = Math.max(textEnds[line], Marks.lastLine(s.getEndMark()));
        lastTextLine = Math.max(lastTextLine, line);
      } else if (e instanceof AliasEvent) {
        aliases = true;
      }
      return e;
    }

    /**
     * A key with no value and a comment after it ({@code name: # note}): the parser that keeps
     * comments places the missing value at the next key. It belongs after the colon, where the
     * parser without comments places it and where a message about it should point.
     */
    private Event placedAsWithoutComments(Event e) {
      if (!(e instanceof ScalarEvent s && s.isPlain() && s.getValue().isEmpty())) return e;
      if (!(last instanceof ScalarEvent key)) return e;
      Mark end = key.getEndMark();
      if (e.getStartMark().getLine() == end.getLine()) return e; // where it belongs already
      if (codePoints < 0) codePoints = text.codePointCount(0, text.length()); // once a text
      int index = Math.min(end.getIndex(), codePoints);
      // A mark counts code points: the same as chars in a text with no pair of surrogates.
      int at = codePoints == text.length() ? index : text.offsetByCodePoints(0, index);
      int i = at;
      while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) i++;
      if (i >= text.length() || text.charAt(i) != ':') return e;
      int shift = i - at + 1; // spaces and the colon: one code point each
      Mark m =
          new Mark(
              end.getName(),
              end.getIndex() + shift,
              end.getLine(),
              end.getColumn() + shift,
              end.getBuffer(),
              end.getPointer());
      return new ScalarEvent(
          s.getAnchor(), s.getTag(), s.getImplicit(), "", m, m, s.getScalarStyle());
    }
  }
}
