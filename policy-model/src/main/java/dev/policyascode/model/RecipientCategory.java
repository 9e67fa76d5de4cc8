package dev.policyascode.model;

import dev.policyascode.diagnostics.Position;
import java.util.Objects;

/** A category of recipients, as the text names it. */
public record RecipientCategory(String id, String name, Position at, Positions positions)
    implements Located {
  public RecipientCategory {
    Objects.requireNonNull(positions, "positions must not be null");
  }

  /** Made by hand rather than loaded, as in a test: its values are placed at its start. */
  public RecipientCategory(String id, String name, Position at) {
    this(id, name, at, Positions.unknown());
  }
}
