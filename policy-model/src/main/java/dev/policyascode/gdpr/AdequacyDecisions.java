package dev.policyascode.gdpr;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/** The Commission's adequacy decisions (Art. 45), from {@code adequacy.json}. */
public final class AdequacyDecisions {

  /**
   * One decision. {@code from} is empty where the date is not recorded yet (then it is taken as in
   * force on every date); {@code scope} is present where it covers only some organisations.
   */
  public record Decision(
      String country,
      String name,
      Optional<LocalDate> from,
      Optional<LocalDate> until,
      String decision,
      Optional<String> scope) {

    public boolean inForceOn(LocalDate date) {
      return from.map(f -> !date.isBefore(f)).orElse(true)
          && until.map(u -> !date.isAfter(u)).orElse(true);
    }
  }

  private static final List<Decision> DECISIONS = load();

  private AdequacyDecisions() {}

  private static List<Decision> load() {
    List<Decision> all = new ArrayList<>();
    for (JsonNode d : ReferenceData.read("adequacy.json").get("decisions")) {
      all.add(
          new Decision(
              ReferenceData.text(d, "country", "adequacy.json"),
              ReferenceData.text(d, "name", "adequacy.json"),
              ReferenceData.optionalDate(d, "from"),
              ReferenceData.optionalDate(d, "until"),
              ReferenceData.text(d, "decision", "adequacy.json"),
              ReferenceData.optionalText(d, "scope")));
    }
    return List.copyOf(all);
  }

  /** Every decision ever taken for {@code country}, in force or not. */
  public static List<Decision> forCountry(String country) {
    return DECISIONS.stream().filter(d -> d.country().equals(country)).toList();
  }

  /** The decision for {@code country} in force on {@code date}, if any. */
  public static Optional<Decision> inForce(String country, LocalDate date) {
    return forCountry(country).stream().filter(d -> d.inForceOn(date)).findFirst();
  }

  public static List<Decision> all() {
    return DECISIONS;
  }
}
