package dev.policyascode.load;

import dev.policyascode.model.Position;
import dev.policyascode.model.TextLocator;
import java.util.List;
import org.yaml.snakeyaml.DumperOptions.ScalarStyle;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Finds a piece of a scalar's value in the file. A literal block ({@code |}) maps line for line;
 * other styles are searched for the piece as written, between the scalar's start and end.
 */
final class ScalarLocator implements TextLocator {

  private final String file;
  private final List<String> lines;
  private final ScalarNode node;

  ScalarLocator(String file, List<String> lines, ScalarNode node) {
    this.file = file;
    this.lines = lines;
    this.node = node;
  }

  @Override
  public Position start() {
    return Marks.position(file, node.getStartMark());
  }

  @Override
  public Position locate(String value, int offset, int length) {
    String piece = value.substring(offset, Math.min(value.length(), offset + length));
    if (node.getScalarStyle() == ScalarStyle.LITERAL) {
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
    int first = node.getStartMark().getLine() + 1;
    int indent = -1;
    for (int l = first; l < lines.size() && l <= node.getEndMark().getLine(); l++) {
      String s = lines.get(l);
      if (!s.isBlank()) {
        indent = s.length() - s.stripLeading().length();
        break;
      }
    }
    int line = first + lineInValue;
    if (indent < 0 || line >= lines.size()) return null;
    int column = indent + (offset - lineStart);
    String source = lines.get(line);
    if (!source.startsWith(piece, column)) return null;
    return new Position(file, line + 1, column + 1);
  }

  private Position search(String value, int offset, String piece) {
    if (piece.isEmpty()) return null;
    int nth = 0;
    for (int i = value.indexOf(piece); i >= 0 && i < offset; i = value.indexOf(piece, i + 1)) {
      nth++;
    }
    int startLine = node.getStartMark().getLine();
    int endLine = Math.min(node.getEndMark().getLine(), lines.size() - 1);
    int seen = 0;
    Position firstHit = null;
    for (int l = startLine; l <= endLine; l++) {
      String s = lines.get(l);
      int from = l == startLine ? node.getStartMark().getColumn() : 0;
      for (int i = s.indexOf(piece, from); i >= 0; i = s.indexOf(piece, i + 1)) {
        Position hit = new Position(file, l + 1, i + 1);
        if (firstHit == null) firstHit = hit;
        if (seen++ == nth) return hit;
      }
    }
    return firstHit;
  }
}
