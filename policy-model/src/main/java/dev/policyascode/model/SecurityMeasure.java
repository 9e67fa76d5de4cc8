package dev.policyascode.model;

import dev.policyascode.diagnostics.Position;
import java.util.Objects;

/** A security measure, as the policy states it. */
public record SecurityMeasure(String id, Prose text, Position at, Positions positions)
    implements Located {
  public SecurityMeasure {
    Objects.requireNonNull(positions, "positions must not be null");
  }

  /** Made by hand rather than loaded, as in a test: its values are placed at its start. */
  public SecurityMeasure(String id, Prose text, Position at) {
    this(id, text, at, Positions.unknown());
  }
}
