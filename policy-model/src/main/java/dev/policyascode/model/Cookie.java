package dev.policyascode.model;

import dev.policyascode.diagnostics.Position;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A cookie or other information stored on the person's device (local storage, an SDK's identifier):
 * what the cookie table of a notice lists. {@code recipient} is the third party that sets or reads
 * it; {@code activity} the processing it serves, which strictly necessary cookies need not have;
 * {@code keepsChoice} marks the cookie that keeps the person's choice on cookies.
 */
public record Cookie(
    String id,
    String name,
    String storage,
    boolean thirdParty,
    Optional<Ref> recipient,
    List<String> purposes,
    HowLong lifetime,
    CookieGround ground,
    boolean keepsChoice,
    Optional<Ref> activity,
    Position at,
    Positions positions)
    implements Located {
  public Cookie {
    Objects.requireNonNull(positions, "positions must not be null");
    Objects.requireNonNull(lifetime, "lifetime must not be null");
    purposes = List.copyOf(purposes);
  }

  /** Made by hand rather than loaded, as in a test: its values are placed at its start. */
  public Cookie(
      String id,
      String name,
      boolean thirdParty,
      Optional<Ref> recipient,
      List<String> purposes,
      HowLong lifetime,
      CookieGround ground,
      Position at) {
    this(
        id,
        name,
        "cookie",
        thirdParty,
        recipient,
        purposes,
        lifetime,
        ground,
        false,
        Optional.empty(),
        at,
        Positions.unknown());
  }
}
