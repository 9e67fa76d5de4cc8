package dev.policyascode.load;

import dev.policyascode.diagnostics.Position;
import dev.policyascode.model.TextLocator;
import java.util.List;
import org.yaml.snakeyaml.DumperOptions.ScalarStyle;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Finds a piece of a scalar's value in the file. A text written as is on one line, and a literal
 * block ({@code |}) that maps line for line, are found by arithmetic; other texts are searched for
 * the piece as written, between the scalar's start and end.
 *
 * <p>Keeps the scalar's lines and columns, not SnakeYAML's node: a node's marks hold the reader's
 * buffer of code points, four bytes a character, which every version kept in memory would carry.
 * Lines and columns are SnakeYAML's, from 0, until {@link Marks} makes them a place.
 */
final class ScalarLocator implements TextLocator {

  private final String file;
  private final List<String> lines; // the file's lines startLine to endLine
  private final boolean literal;
  private final int startLine;
  private final int startColumn;
  private final int endLine;
  private final int exactIndent; // the literal block's indentation when it maps line for line
  private final int asWritten; // the column of a one-line text written as is; -1 for others
  private final int textLine; // where the text starts: below the indicator for a block
  private final int textColumn;
  private final String written; // the value as written, when its NFC form differs; else null
  private final int[] toWritten; // NfcText.offsets of the two, or null

  // Worked out on the first finding in the scalar, then read: findings of one version are placed
  // on one thread, but a policy.yaml scalar is shared by its versions, so each is published whole.
  private volatile ValueIndex index;
  // Made on the first search: most scalars never have a finding placed by a search, and an empty
  // ConcurrentHashMap for each (about 50 a version, every version kept until the render ends) was
  // 3.3 MB of live heap at 1,000 versions.
  private volatile java.util.Map<String, Hits> hits;

  /**
   * @param nfc the node's value in NFC, as {@link NfcText#of} gives it
   */
  ScalarLocator(String file, List<String> lines, ScalarNode node, String nfc) {
    this.file = file;
    this.written = nfc.equals(node.getValue()) ? null : node.getValue();
    this.toWritten = written == null ? null : NfcText.offsets(written, nfc);
    this.literal = node.getScalarStyle() == ScalarStyle.LITERAL;
    this.startLine = node.getStartMark().getLine();
    this.startColumn = node.getStartMark().getColumn();
    this.endLine = Math.min(node.getEndMark().getLine(), lines.size() - 1);
    int indent = literal ? literalIndent(lines) : -1;
    // A literal block whose lines are the value's, indented, or a one-line text written as is: a
    // place is found by arithmetic, and the lines need not be kept. Otherwise only the scalar's
    // own lines are kept, not the file's.
    this.exactIndent = indent >= 0 && mapsLineForLine(node.getValue(), lines, indent) ? indent : -1;
    this.asWritten = asWritten(node, lines);
    this.lines =
        exactIndent >= 0 || asWritten >= 0 || startLine > endLine
            ? List.of()
            : List.copyOf(lines.subList(startLine, endLine + 1));
    boolean block = literal || node.getScalarStyle() == ScalarStyle.FOLDED;
    int first = block ? firstTextLine(lines) : -1;
    this.textLine = first >= 0 ? first : startLine;
    this.textColumn = first >= 0 ? indentOf(lines.get(first)) : startColumn;
  }

  /**
   * The column (from 0) where a text on one line reads as written: plain, or quoted with no escape
   * in it. -1 for any other text.
   */
  private int asWritten(ScalarNode node, List<String> lines) {
    ScalarStyle style = node.getScalarStyle();
    boolean quoted = style == ScalarStyle.SINGLE_QUOTED || style == ScalarStyle.DOUBLE_QUOTED;
    if (!quoted && style != ScalarStyle.PLAIN) return -1;
    if (node.getEndMark().getLine() != startLine || startLine >= lines.size()) return -1;
    String line = lines.get(startLine);
    int column = startColumn + (quoted ? 1 : 0); // counted in code points, as marks count
    int codePoints = line.codePointCount(0, line.length());
    if (column > codePoints) return -1;
    // A line without a pair of surrogates, as almost every line is: a column is an index.
    int at = codePoints == line.length() ? column : line.offsetByCodePoints(0, column);
    return line.startsWith(node.getValue(), at) ? column : -1;
  }

  /** Whether the value, kept in NFC, is written otherwise in the file. */
  boolean normalised() {
    return written != null;
  }

  /** The column (1-based) where the text starts when it reads as written on one line, else 0. */
  int textColumn() {
    return asWritten < 0 ? 0 : Marks.position(file, startLine, asWritten).column();
  }

  /** The first line of a block's text, below its indicator; -1 when it has none. */
  private int firstTextLine(List<String> lines) {
    for (int l = startLine + 1; l <= endLine; l++) {
      if (!lines.get(l).isBlank()) return l;
    }
    return -1;
  }

  private static int indentOf(String line) {
    return line.length() - line.stripLeading().length();
  }

  private int literalIndent(List<String> lines) {
    for (int l = startLine + 1; l <= endLine; l++) {
      String s = lines.get(l);
      if (!s.isBlank()) return s.length() - s.stripLeading().length();
    }
    return -1;
  }

  private boolean mapsLineForLine(String value, List<String> lines, int indent) {
    // Line by line of the value, without cutting it: a body is read here once per file.
    int l = startLine + 1;
    for (int start = 0; start <= value.length(); l++) {
      int end = value.indexOf('\n', start);
      if (end < 0) end = value.length();
      int length = end - start;
      if (length > 0) { // not a blank line, nor the end after the last line break
        if (l > endLine) return false;
        String line = lines.get(l);
        if (line.length() < indent + length) return false;
        if (!line.regionMatches(indent, value, start, length)) return false;
        if (!blank(line, indent)) return false;
      }
      start = end + 1;
    }
    return true;
  }

  /** Whether the first {@code n} chars of {@code line} are white space, as isBlank says. */
  private static boolean blank(String line, int n) {
    for (int i = 0; i < n; ) {
      int c = line.codePointAt(i);
      if (!Character.isWhitespace(c)) return false;
      i += Character.charCount(c);
    }
    return true;
  }

  /** Line {@code l} of the file (0-based), or null outside the scalar. */
  private String line(int l) {
    return l < startLine || l > endLine ? null : lines.get(l - startLine);
  }

  @Override
  public Position start() {
    return Marks.position(file, textLine, textColumn);
  }

  @Override
  public Position locate(String value, int offset, int length) {
    if (written != null) {
      // The value is the NFC form of what is written: place the piece in the text as written.
      if (toWritten == null || value.length() + 1 != toWritten.length) return start();
      int from = toWritten[Math.max(0, Math.min(offset, value.length()))];
      int to = toWritten[Math.max(0, Math.min(offset + Math.max(length, 0), value.length()))];
      return locateWritten(written, from, Math.max(to - from, length == 0 ? 0 : 1));
    }
    return locateWritten(value, offset, length);
  }

  private Position locateWritten(String value, int offset, int length) {
    ValueIndex at = index = ValueIndex.of(value, index);
    if (asWritten >= 0 && offset >= 0 && offset <= value.length()) {
      return Marks.position(file, startLine, asWritten + at.codePoints(offset));
    }
    String piece = value.substring(offset, Math.min(value.length(), offset + length));
    if (literal) {
      Position p = literal(at, offset, piece);
      if (p != null) return p;
    }
    Position p = search(value, offset, piece);
    return p != null ? p : start();
  }

  private Position literal(ValueIndex at, int offset, String piece) {
    int lineInValue = at.line(offset);
    int lineStart = at.lineStart(lineInValue);
    int first = startLine + 1;
    if (exactIndent >= 0) {
      // A piece over several lines is placed at the scalar's start, as a search would.
      if (piece.indexOf('\n') >= 0) return null;
      return Marks.position(file, first + lineInValue, exactIndent + (offset - lineStart));
    }
    int indent = -1;
    for (int l = first; l <= endLine; l++) {
      String s = line(l);
      if (!s.isBlank()) {
        indent = indentOf(s);
        break;
      }
    }
    int line = first + lineInValue;
    String source = line(line);
    if (indent < 0 || source == null) return null;
    int column = indent + (offset - lineStart);
    if (!source.startsWith(piece, column)) return null;
    return Marks.position(file, line, column);
  }

  /**
   * Where the piece is written: its n-th place in the source when it is the n-th in the value, else
   * its first. The places of a piece are found once, not once per finding.
   */
  private Position search(String value, int offset, String piece) {
    // No lines are kept for a text placed by arithmetic: what it leaves to a search is a piece over
    // several lines (such as a blank line's break), which no line holds.
    if (piece.isEmpty() || lines.isEmpty()) return null;
    Hits h = hits().computeIfAbsent(piece, p -> newHits(value, p));
    if (!h.value().equals(value)) h = newHits(value, piece); // another value: not kept
    int nth = java.util.Arrays.binarySearch(h.inValue(), offset);
    nth = nth >= 0 ? nth : -nth - 1; // the places before offset
    if (h.inSource().isEmpty()) return null;
    return nth < h.inSource().size() ? h.inSource().get(nth) : h.inSource().get(0);
  }

  private java.util.Map<String, Hits> hits() {
    java.util.Map<String, Hits> h = hits;
    if (h == null) {
      synchronized (this) {
        h = hits;
        if (h == null) hits = h = new java.util.concurrent.ConcurrentHashMap<>();
      }
    }
    return h;
  }

  /** The places of one piece: in the value (offsets) and in the scalar's source, in order. */
  private record Hits(String value, int[] inValue, List<Position> inSource) {}

  private Hits newHits(String value, String piece) {
    java.util.List<Integer> offsets = new java.util.ArrayList<>();
    for (int i = value.indexOf(piece); i >= 0; i = value.indexOf(piece, i + 1)) offsets.add(i);
    List<Position> source = new java.util.ArrayList<>();
    for (int l = startLine; l <= endLine; l++) {
      String s = line(l);
      int from = l == startLine ? startColumn : 0;
      for (int i = s.indexOf(piece, from); i >= 0; i = s.indexOf(piece, i + 1)) {
        source.add(Marks.position(file, l, i));
      }
    }
    return new Hits(value, offsets.stream().mapToInt(Integer::intValue).toArray(), source);
  }
}
