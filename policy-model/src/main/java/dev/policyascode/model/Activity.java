package dev.policyascode.model;

import dev.policyascode.diagnostics.Position;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A processing activity: its purposes, legal basis and what it touches; {@code record} holds what
 * only the internal record of processing (Art. 30) needs; {@code dpv} is the W3C DPV purpose the
 * team says its purposes are, for the DPV export only.
 */
public record Activity(
    String id,
    String name,
    List<String> purposes,
    LegalBasis legalBasis,
    Optional<String> legitimateInterest,
    List<Ref> dataCategories,
    List<Ref> dataSubjects,
    List<Ref> recipients,
    List<Ref> retention,
    RecordDetails record,
    Optional<String> dpv,
    Position at,
    Positions positions)
    implements Located {
  public Activity {
    Objects.requireNonNull(positions, "positions must not be null");
    purposes = List.copyOf(purposes);
    dataCategories = List.copyOf(dataCategories);
    dataSubjects = List.copyOf(dataSubjects);
    recipients = List.copyOf(recipients);
    retention = List.copyOf(retention);
  }

  /** Made by hand rather than loaded, as in a test: its values are placed at its start. */
  public Activity(
      String id,
      String name,
      List<String> purposes,
      LegalBasis legalBasis,
      Optional<String> legitimateInterest,
      List<Ref> dataCategories,
      List<Ref> dataSubjects,
      List<Ref> recipients,
      List<Ref> retention,
      RecordDetails record,
      Position at) {
    this(
        id,
        name,
        purposes,
        legalBasis,
        legitimateInterest,
        dataCategories,
        dataSubjects,
        recipients,
        retention,
        record,
        Optional.empty(),
        at,
        Positions.unknown());
  }
}
