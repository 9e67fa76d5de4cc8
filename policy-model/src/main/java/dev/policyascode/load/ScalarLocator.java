package dev.policyascode.load;

import dev.policyascode.diagnostics.Position;
import dev.policyascode.model.TextLocator;
import java.util.List;
import org.yaml.snakeyaml.DumperOptions.ScalarStyle;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Finds a piece of a scalar's value in the file. A literal block ({@code |}) maps line for line;
 * other styles are searched for the piece as written, between the scalar's start and end.
 *
 * <p>Keeps the scalar's lines and columns, not SnakeYAML's node: a node's marks hold the reader's
 * buffer of code points, four bytes a character, which every version kept in memory would carry.
 */
final class ScalarLocator implements TextLocator {

  private final String file;
  private final List<String> lines; // the file's lines startLine to endLine
  private final boolean literal;
  private final int startLine;
  private final int startColumn;
  private final int endLine;
  private final int exactIndent; // the literal block's indentation when it maps line for line

  ScalarLocator(String file, List<String> lines, ScalarNode node) {
    this.file = file;
    this.literal = node.getScalarStyle() == ScalarStyle.LITERAL;
    this.startLine = node.getStartMark().getLine();
    this.startColumn = node.getStartMark().getColumn();
    this.endLine = Math.min(node.getEndMark().getLine(), lines.size() - 1);
    int indent = literal ? literalIndent(lines) : -1;
    // A literal block whose lines are the value's, indented: a place is found by arithmetic, and
    // the lines need not be kept. Otherwise only the scalar's own lines are kept, not the file's.
    this.exactIndent = indent >= 0 && mapsLineForLine(node.getValue(), lines, indent) ? indent : -1;
    this.lines =
        exactIndent >= 0 || startLine > endLine
            ? List.of()
            : List.copyOf(lines.subList(startLine, endLine + 1));
  }

  private int literalIndent(List<String> lines) {
    for (int l = startLine + 1; l <= endLine; l++) {
      String s = lines.get(l);
      if (!s.isBlank()) return s.length() - s.stripLeading().length();
    }
    return -1;
  }

  private boolean mapsLineForLine(String value, List<String> lines, int indent) {
    String[] valueLines = value.split("\n", -1);
    for (int i = 0; i < valueLines.length; i++) {
      String v = valueLines[i];
      int l = startLine + 1 + i;
      if (v.isEmpty()) continue; // a blank line, or the end after the last line break
      if (l > endLine || !lines.get(l).startsWith(v, indent)) return false;
      if (!lines.get(l).substring(0, indent).isBlank()) return false;
    }
    return true;
  }

  /** Line {@code l} of the file (0-based), or null outside the scalar. */
  private String line(int l) {
    return l < startLine || l > endLine ? null : lines.get(l - startLine);
  }

  @Override
  public Position start() {
    return new Position(file, startLine + 1, startColumn + 1);
  }

  @Override
  public Position locate(String value, int offset, int length) {
    String piece = value.substring(offset, Math.min(value.length(), offset + length));
    if (literal) {
      Position p = literal(value, offset, piece);
      if (p != null) return p;
    }
    Position p = search(value, offset, piece);
    return p != null ? p : start();
  }

  private Position literal(String value, int offset, String piece) {
    int lineInValue = 0;
    int lineStart = 0;
    for (int i = 0; i < offset; i++) {
      if (value.charAt(i) == '\n') {
        lineInValue++;
        lineStart = i + 1;
      }
    }
    int first = startLine + 1;
    if (exactIndent >= 0) {
      // A piece over several lines is placed at the scalar's start, as a search would.
      if (piece.indexOf('\n') >= 0) return null;
      return new Position(file, first + lineInValue + 1, exactIndent + (offset - lineStart) + 1);
    }
    int indent = -1;
    for (int l = first; l <= endLine; l++) {
      String s = line(l);
      if (!s.isBlank()) {
        indent = s.length() - s.stripLeading().length();
        break;
      }
    }
    int line = first + lineInValue;
    String source = line(line);
    if (indent < 0 || source == null) return null;
    int column = indent + (offset - lineStart);
    if (!source.startsWith(piece, column)) return null;
    return new Position(file, line + 1, column + 1);
  }

  private Position search(String value, int offset, String piece) {
    if (piece.isEmpty()) return null;
    int nth = 0;
    for (int i = value.indexOf(piece); i >= 0 && i < offset; i = value.indexOf(piece, i + 1)) {
      nth++;
    }
    int seen = 0;
    Position firstHit = null;
    for (int l = startLine; l <= endLine; l++) {
      String s = line(l);
      int from = l == startLine ? startColumn : 0;
      for (int i = s.indexOf(piece, from); i >= 0; i = s.indexOf(piece, i + 1)) {
        Position hit = new Position(file, l + 1, i + 1);
        if (firstHit == null) firstHit = hit;
        if (seen++ == nth) return hit;
      }
    }
    return firstHit;
  }
}
