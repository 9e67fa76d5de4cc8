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
    Position at) {
  public Contact {
    Objects.requireNonNull(name, "name must not be null");
    Objects.requireNonNull(at, "at must not be null");
  }
}
