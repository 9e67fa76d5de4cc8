package dev.policyascode.model;

import dev.policyascode.diagnostics.Position;
import java.util.Objects;
import java.util.Optional;

/**
 * A transfer outside the EEA and its ground. It goes to a country or to an international
 * organisation, never both: a transfer to an organisation is a Chapter V transfer wherever the
 * organisation sits (Art. 44), so it has no country that could excuse it as one inside the EEA.
 */
public record Transfer(
    Ref recipient,
    Optional<String> country,
    Optional<String> internationalOrganisation,
    Safeguard safeguard,
    Optional<String> details,
    Position at,
    Positions positions)
    implements Located {
  public Transfer {
    Objects.requireNonNull(positions, "positions must not be null");
    if (country.isPresent() == internationalOrganisation.isPresent()) {
      throw new IllegalArgumentException(
          "a transfer goes to a country or to an international organisation, exactly one");
    }
  }

  /** Made by hand rather than loaded, as in a test: its values are placed at its start. */
  public Transfer(
      Ref recipient, String country, Safeguard safeguard, Optional<String> details, Position at) {
    this(
        recipient,
        Optional.of(country),
        Optional.empty(),
        safeguard,
        details,
        at,
        Positions.unknown());
  }

  /**
   * Where the data goes: the country code, or the organisation's id. The adequacy decisions are
   * looked up by either.
   */
  public String destination() {
    return internationalOrganisation.or(() -> country).orElseThrow();
  }

  /** Whether it goes to an international organisation rather than a country. */
  public boolean toOrganisation() {
    return internationalOrganisation.isPresent();
  }

  /** The key its destination is written under, to place a finding about the destination. */
  public String destinationKey() {
    return toOrganisation() ? "international_organisation" : "country";
  }
}
