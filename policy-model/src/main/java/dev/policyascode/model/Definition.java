package dev.policyascode.model;

import dev.policyascode.diagnostics.Position;
import java.util.List;
import java.util.Objects;

/** A defined term: the term, its other spellings, and the words that define it. */
public record Definition(
    String id, String term, List<String> aliases, Prose meaning, Position at, Positions positions)
    implements Located {
  public Definition {
    Objects.requireNonNull(positions, "positions must not be null");
    aliases = List.copyOf(aliases);
  }

  /** Made by hand rather than loaded, as in a test: its values are placed at its start. */
  public Definition(String id, String term, List<String> aliases, Prose meaning, Position at) {
    this(id, term, aliases, meaning, at, Positions.unknown());
  }
}
