package dev.policyascode.model;

import dev.policyascode.diagnostics.Position;
import java.util.Objects;
import java.util.Optional;

/** A person or organisation and how to reach it. */
public record Contact(
    String name,
    Optional<String> address,
    Optional<String> email,
    Optional<String> phone,
    Optional<String> website,
    Optional<String> country,
    Position at,
    Positions positions)
    implements Located {
  public Contact {
    Objects.requireNonNull(positions, "positions must not be null");
    Objects.requireNonNull(name, "name must not be null");
    Objects.requireNonNull(at, "at must not be null");
  }

  /** Made by hand rather than loaded, as in a test: its values are placed at its start. */
  public Contact(
      String name,
      Optional<String> address,
      Optional<String> email,
      Optional<String> phone,
      Optional<String> website,
      Optional<String> country,
      Position at) {
    this(name, address, email, phone, website, country, at, Positions.unknown());
  }
}
