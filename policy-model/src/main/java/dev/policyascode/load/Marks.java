package dev.policyascode.load;

import dev.policyascode.diagnostics.Position;
import org.yaml.snakeyaml.error.Mark;

/** SnakeYAML counts lines and columns from 0; people count from 1. Converted here, once. */
final class Marks {
  private Marks() {}

  static Position position(String file, Mark mark) {
    if (mark == null) return Position.startOf(file);
    return new Position(file, mark.getLine() + 1, mark.getColumn() + 1);
  }
}
