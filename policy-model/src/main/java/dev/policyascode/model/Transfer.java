package dev.policyascode.model;

import dev.policyascode.diagnostics.Position;
import java.util.Objects;
import java.util.Optional;

/** A transfer outside the EEA and its ground. */
public record Transfer(
    Ref recipient,
    String country,
    Safeguard safeguard,
    Optional<String> details,
    Position at,
    Positions positions)
    implements Located {
  public Transfer {
    Objects.requireNonNull(positions, "positions must not be null");
  }

  /** Made by hand rather than loaded, as in a test: its values are placed at its start. */
  public Transfer(
      Ref recipient, String country, Safeguard safeguard, Optional<String> details, Position at) {
    this(recipient, country, safeguard, details, at, Positions.unknown());
  }
}
