package dev.policyascode.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What the internal record of processing (Art. 30) holds about an activity beyond what the public
 * notice states: the security measures that apply to it, who in the company answers for it, when it
 * was last reviewed and the reference of its impact assessment (Art. 35).
 *
 * @param securityMeasures the ids of the version's security measures that apply; empty when the
 *     version's measures apply to every activity alike
 */
public record RecordDetails(
    List<Ref> securityMeasures,
    Optional<String> owner,
    Optional<LocalDate> lastReview,
    Optional<String> dpia) {
  public RecordDetails {
    securityMeasures = List.copyOf(securityMeasures);
  }
}
