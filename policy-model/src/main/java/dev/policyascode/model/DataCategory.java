package dev.policyascode.model;

import dev.policyascode.diagnostics.Position;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A category of personal data, with the items the text lists for it; a special category (Art. 9(1))
 * with the Art. 9(2) condition it rests on. {@code dpv} is the W3C DPV concept the team says it is
 * (such as pd:Location), for the DPV export only.
 */
public record DataCategory(
    String id,
    String name,
    Optional<String> description,
    List<String> items,
    Optional<Boolean> required,
    boolean special,
    Optional<SpecialCondition> specialCondition,
    Optional<String> source,
    Optional<String> dpv,
    Position at,
    Positions positions)
    implements Located {
  public DataCategory {
    Objects.requireNonNull(positions, "positions must not be null");
    items = List.copyOf(items);
  }

  /** Made by hand rather than loaded, as in a test: its values are placed at its start. */
  public DataCategory(
      String id,
      String name,
      Optional<String> description,
      List<String> items,
      Optional<Boolean> required,
      boolean special,
      Optional<String> source,
      Position at,
      Positions positions) {
    this(
        id,
        name,
        description,
        items,
        required,
        special,
        Optional.empty(),
        source,
        Optional.empty(),
        at,
        positions);
  }

  /** Made by hand rather than loaded, as in a test: its values are placed at its start. */
  public DataCategory(
      String id,
      String name,
      Optional<String> description,
      List<String> items,
      Optional<Boolean> required,
      boolean special,
      Optional<String> source,
      Position at) {
    this(
        id,
        name,
        description,
        items,
        required,
        special,
        Optional.empty(),
        source,
        Optional.empty(),
        at,
        Positions.unknown());
  }
}
