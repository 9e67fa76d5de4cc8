package dev.policyascode.model;

import dev.policyascode.diagnostics.Position;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How long data is kept and from which event. {@code period} is an ISO-8601 period as written
 * (P10Y), an event (until the account is closed) or a criterion in words; the statement is the
 * policy's sentence, with {period} and {from} filled in at rendering.
 */
public record RetentionRule(
    String id,
    HowLong period,
    Optional<String> from,
    List<Ref> dataCategories,
    Prose statement,
    Position at,
    Positions positions)
    implements Located {
  public RetentionRule {
    Objects.requireNonNull(positions, "positions must not be null");
    Objects.requireNonNull(period, "period must not be null");
    dataCategories = List.copyOf(dataCategories);
  }

  /** Made by hand rather than loaded, as in a test: its values are placed at its start. */
  public RetentionRule(
      String id,
      String period,
      Optional<String> from,
      List<Ref> dataCategories,
      Prose statement,
      Position at) {
    this(id, new HowLong.Iso(period), from, dataCategories, statement, at, Positions.unknown());
  }
}
