package dev.policyascode.gdpr;

import dev.policyascode.json.JsonObject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The Commission's adequacy decisions (Art. 45), from {@code adequacy.json}. */
public final class AdequacyDecisions {

  /**
   * One decision, for a country ({@code country}, an ISO code) or an international organisation
   * ({@code organisation}; then {@code country} is empty). {@code from} is empty where the date is
   * not recorded yet (then it is taken as in force on every date); {@code until} is the last day it
   * applies, past (annulled, expired) or to come (a sunset); {@code scope} is present where it
   * covers only some organisations.
   */
  public record Decision(
      String country,
      Optional<String> organisation,
      String name,
      Optional<LocalDate> adopted,
      Optional<LocalDate> from,
      Optional<LocalDate> until,
      Optional<String> end,
      String decision,
      Optional<String> scope,
      Optional<String> renewedBy,
      List<Challenge> challenges,
      List<String> sources) {

    public Decision {
      challenges = List.copyOf(challenges);
      sources = List.copyOf(sources);
    }

    public boolean inForceOn(LocalDate date) {
      return from.map(f -> !date.isBefore(f)).orElse(true)
          && until.map(u -> !date.isAfter(u)).orElse(true);
    }

    /** Where data goes under it: the country code, or the organisation's id. */
    public String destination() {
      return organisation.orElse(country);
    }

    /** The cases still open against it, as of the data's date ({@link #checked()}). */
    public List<Challenge> pending() {
      return challenges.stream().filter(Challenge::pending).toList();
    }
  }

  /** A court case against a decision; {@code status} as of {@link #checked()}. */
  public record Challenge(
      String court, String caseName, LocalDate date, String status, String source) {
    public boolean pending() {
      return status.equals("pending");
    }
  }

  private static final String FILE = "adequacy.json";
  private static final JsonObject DATA = ReferenceData.read(FILE);
  private static final List<Decision> DECISIONS = load();

  private AdequacyDecisions() {}

  private static List<Decision> load() {
    List<Decision> all = new ArrayList<>();
    for (JsonObject d : ReferenceData.entries(DATA, "decisions", FILE)) {
      Optional<String> organisation = ReferenceData.optionalText(d, "organisation");
      all.add(
          new Decision(
              organisation.isPresent() ? "" : ReferenceData.text(d, "country", FILE),
              organisation,
              ReferenceData.text(d, "name", FILE),
              ReferenceData.optionalDate(d, "adopted"),
              ReferenceData.optionalDate(d, "from"),
              ReferenceData.optionalDate(d, "until"),
              ReferenceData.optionalText(d, "end"),
              ReferenceData.text(d, "decision", FILE),
              ReferenceData.optionalText(d, "scope"),
              ReferenceData.optionalText(d, "renewed_by"),
              challenges(d),
              ReferenceData.texts(d, "sources")));
    }
    return List.copyOf(all);
  }

  private static List<Challenge> challenges(JsonObject d) {
    List<Challenge> out = new ArrayList<>();
    if (d.get("challenges") == null) return out;
    for (JsonObject c : ReferenceData.entries(d, "challenges", FILE)) {
      String status = ReferenceData.text(c, "status", FILE);
      if (!List.of("pending", "dismissed", "annulled").contains(status)) {
        throw new IllegalStateException(
            FILE + ": a challenge's status is pending, dismissed or annulled, not " + status);
      }
      out.add(
          new Challenge(
              ReferenceData.text(c, "court", FILE),
              ReferenceData.text(c, "case", FILE),
              LocalDate.parse(ReferenceData.text(c, "date", FILE)),
              status,
              ReferenceData.text(c, "source", FILE)));
    }
    return out;
  }

  /** The day the statuses of challenges were last checked: a pending case may have moved since. */
  public static LocalDate checked() {
    return LocalDate.parse(ReferenceData.text(DATA, "checked", FILE));
  }

  /** Every decision ever taken for {@code destination}, in force or not. */
  public static List<Decision> forCountry(String destination) {
    return DECISIONS.stream().filter(d -> d.destination().equals(destination)).toList();
  }

  /** The decision for {@code destination} (a country code or organisation) in force on a date. */
  public static Optional<Decision> inForce(String destination, LocalDate date) {
    return forCountry(destination).stream().filter(d -> d.inForceOn(date)).findFirst();
  }

  /** The international organisations that have a decision, by the id a policy names them with. */
  public static List<String> organisations() {
    return DECISIONS.stream().flatMap(d -> d.organisation().stream()).distinct().toList();
  }

  public static List<Decision> all() {
    return DECISIONS;
  }
}
