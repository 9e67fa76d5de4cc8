package dev.policyascode.model;

import dev.policyascode.diagnostics.Position;
import java.util.List;
import java.util.Optional;

/**
 * A processing activity: its purposes, legal basis and what it touches; {@code record} holds what
 * only the internal record of processing (Art. 30) needs.
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
    Position at) {
  public Activity {
    purposes = List.copyOf(purposes);
    dataCategories = List.copyOf(dataCategories);
    dataSubjects = List.copyOf(dataSubjects);
    recipients = List.copyOf(recipients);
    retention = List.copyOf(retention);
  }
}
