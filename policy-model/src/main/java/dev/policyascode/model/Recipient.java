package dev.policyascode.model;

import dev.policyascode.diagnostics.Position;
import java.util.Objects;
import java.util.Optional;

/**
 * A named recipient or subprocessor, and the country where it processes the data; {@code
 * internationalOrganisation} is the id of the international organisation it is, if it is one;
 * {@code dpv} is the W3C DPV concept the team says it is, for the DPV export only.
 */
public record Recipient(
    String id,
    String name,
    Ref category,
    RecipientRole role,
    String country,
    Optional<String> internationalOrganisation,
    Optional<String> service,
    Optional<String> dpv,
    Position at,
    Positions positions)
    implements Located {
  public Recipient {
    Objects.requireNonNull(positions, "positions must not be null");
  }

  /** Made by hand rather than loaded, as in a test: its values are placed at its start. */
  public Recipient(
      String id,
      String name,
      Ref category,
      RecipientRole role,
      String country,
      Optional<String> service,
      Position at) {
    this(
        id,
        name,
        category,
        role,
        country,
        Optional.empty(),
        service,
        Optional.empty(),
        at,
        Positions.unknown());
  }
}
