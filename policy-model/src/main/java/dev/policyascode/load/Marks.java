package dev.policyascode.load;

import dev.policyascode.diagnostics.Position;
import org.yaml.snakeyaml.error.Mark;

/**
 * SnakeYAML counts lines and columns from 0; people count from 1. Converted here, once: every place
 * the loader reports or keeps goes through this class.
 */
final class Marks {
  private Marks() {}

  static Position position(String file, Mark mark) {
    if (mark == null) return Position.startOf(file);
    return position(file, mark.getLine(), mark.getColumn());
  }

  /** The place of a 0-based line and column, as SnakeYAML and a list of the file's lines count. */
  static Position position(String file, int line, int column) {
    return new Position(file, line + 1, column + 1);
  }

  /** The line (1-based) where {@code mark} is. */
  static int line(Mark mark) {
    return mark.getLine() + 1;
  }

  /**
   * The last line (1-based) of a node that ends at {@code end}: a block text ends at the start of
   * the line after it, which is not its own.
   */
  static int lastLine(Mark end) {
    return end.getColumn() == 0 ? end.getLine() : end.getLine() + 1;
  }
}
