package dev.policyascode.model;

import dev.policyascode.diagnostics.Position;
import java.util.Objects;

/** A reference to something by its id, with where the reference is written. */
public record Ref(String id, Position at) {
  public Ref {
    Objects.requireNonNull(id, "id must not be null");
    Objects.requireNonNull(at, "at must not be null");
  }
}
