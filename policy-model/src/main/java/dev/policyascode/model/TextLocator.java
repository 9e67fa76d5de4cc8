package dev.policyascode.model;

import dev.policyascode.diagnostics.Position;

/** Maps a place inside a scalar's value to a place in its source file. */
public interface TextLocator {

  /**
   * Where the text starts: its first character, or its opening quote when it is quoted; for a block
   * ({@code |} or {@code >}), the first character of its first line, below the indicator.
   */
  Position start();

  /**
   * Where {@code value.substring(offset, offset + length)} is written. Falls back to the scalar's
   * start when the text cannot be found as written (an escape sequence, a folded line).
   */
  Position locate(String value, int offset, int length);

  /** A locator that knows only where the scalar starts. */
  static TextLocator at(Position start) {
    return new TextLocator() {
      @Override
      public Position start() {
        return start;
      }

      @Override
      public Position locate(String value, int offset, int length) {
        return start;
      }
    };
  }
}
