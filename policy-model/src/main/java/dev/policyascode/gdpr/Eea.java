package dev.policyascode.gdpr;

import dev.policyascode.json.JsonObject;
import dev.policyascode.model.Recipient;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The countries of the European Economic Area, from {@code eea.json}. */
public final class Eea {

  /** A member country; {@code until} is its last day as a member, for one that left. */
  public record Country(String code, String name, Optional<LocalDate> until) {}

  private static final Map<String, Country> COUNTRIES = load();

  private Eea() {}

  private static Map<String, Country> load() {
    Map<String, Country> all = new LinkedHashMap<>();
    for (JsonObject c :
        ReferenceData.entries(ReferenceData.read("eea.json"), "countries", "eea.json")) {
      String code = ReferenceData.text(c, "code", "eea.json");
      all.put(
          code,
          new Country(
              code,
              ReferenceData.text(c, "name", "eea.json"),
              ReferenceData.optionalDate(c, "until")));
    }
    return Map.copyOf(all);
  }

  /** Whether {@code code} was in the EEA on {@code date}. */
  public static boolean contains(String code, LocalDate date) {
    Country c = COUNTRIES.get(code);
    return c != null && c.until().map(u -> !date.isAfter(u)).orElse(true);
  }

  /**
   * Whether data sent to the recipient leaves the EEA on {@code date}: it processes the data
   * outside, or it is an international organisation, whose data is a transfer wherever it sits
   * (Art. 44).
   */
  public static boolean outside(Recipient r, LocalDate date) {
    return r.internationalOrganisation().isPresent() || !contains(r.country(), date);
  }

  /** Every country listed, members and former members. */
  public static Map<String, Country> countries() {
    return COUNTRIES;
  }
}
