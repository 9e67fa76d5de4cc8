package dev.policyascode.model;

import dev.policyascode.diagnostics.Position;
import java.util.Objects;
import java.util.Optional;

/** A category of people whose data is processed. */
public record DataSubject(
    String id, String name, Optional<String> description, Position at, Positions positions)
    implements Located {
  public DataSubject {
    Objects.requireNonNull(positions, "positions must not be null");
  }

  /** Made by hand rather than loaded, as in a test: its values are placed at its start. */
  public DataSubject(String id, String name, Optional<String> description, Position at) {
    this(id, name, description, at, Positions.unknown());
  }
}
