package dev.policyascode.diagnostics;

import java.util.Objects;

/**
 * A place in a source file, as a person counts it: 1-based line and column. The file is a path
 * relative to the folder the policies were loaded from, with forward slashes, so that messages and
 * reports read the same on every machine.
 */
public record Position(String file, int line, int column) implements Comparable<Position> {

  public Position {
    Objects.requireNonNull(file, "file must not be null");
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("line and column are 1-based: " + line + ":" + column);
    }
  }

  /** The start of a file, for findings about a file as a whole. */
  public static Position startOf(String file) {
    return new Position(file, 1, 1);
  }

  @Override
  public int compareTo(Position o) {
    int c = file.compareTo(o.file);
    if (c != 0) return c;
    c = Integer.compare(line, o.line);
    return c != 0 ? c : Integer.compare(column, o.column);
  }

  @Override
  public String toString() {
    return file + ":" + line + ":" + column;
  }
}
