package dev.policyascode.model;

import dev.policyascode.diagnostics.Position;
import java.util.Objects;

/** A right of the data subject, as the text names it. */
public record RightStatement(Right right, String label, Position at, Positions positions)
    implements Located {
  public RightStatement {
    Objects.requireNonNull(positions, "positions must not be null");
  }

  /** Made by hand rather than loaded, as in a test: its values are placed at its start. */
  public RightStatement(Right right, String label, Position at) {
    this(right, label, at, Positions.unknown());
  }
}
