package dev.policyascode.register;

import java.util.List;

/**
 * One activity in the summary of the record: what a reader scans first, each item short, the whole
 * on one screen. Its sheet (the row of the {@link Register}) gives every Art. 30(1) item in full.
 *
 * @param data the names of its categories of personal data, Art. 9 marked
 * @param outsideEea "Yes" where any of its recipients is outside the EEA, else "No"
 * @param retention each time limit in words, with the event it runs from
 */
public record SummaryRow(
    String id,
    String name,
    List<String> purposes,
    String legalBasis,
    List<String> data,
    List<String> recipients,
    String outsideEea,
    List<String> retention) {

  public SummaryRow {
    purposes = List.copyOf(purposes);
    data = List.copyOf(data);
    recipients = List.copyOf(recipients);
    retention = List.copyOf(retention);
  }
}
