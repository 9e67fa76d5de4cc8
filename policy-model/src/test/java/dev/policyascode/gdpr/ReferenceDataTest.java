package dev.policyascode.gdpr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReferenceDataTest {

  @Test
  void theEeaIsTheEu27AndThreeEftaStatesAndTheUnitedKingdomLeftAfter2020() {
    LocalDate now = LocalDate.of(2026, 1, 1);
    long members = Eea.countries().keySet().stream().filter(c -> Eea.contains(c, now)).count();
    assertEquals(30, members);
    assertTrue(Eea.contains("NO", now));
    assertTrue(Eea.contains("GB", LocalDate.of(2020, 12, 31)));
    assertFalse(Eea.contains("GB", LocalDate.of(2021, 1, 1)));
    assertFalse(Eea.contains("CH", now));
  }

  @Test
  void everyCountryCodeIsAnIsoCode() {
    Set<String> iso = Set.of(Locale.getISOCountries());
    Eea.countries().keySet().forEach(c -> assertTrue(iso.contains(c), c));
    AdequacyDecisions.all().stream()
        .filter(d -> d.organisation().isEmpty())
        .forEach(d -> assertTrue(iso.contains(d.country()), d.country()));
  }

  @Test
  void theUnitedStatesHadNoDecisionBetweenSchremsTwoAndTheDataPrivacyFramework() {
    assertTrue(AdequacyDecisions.inForce("US", LocalDate.of(2018, 5, 25)).isPresent());
    assertTrue(AdequacyDecisions.inForce("US", LocalDate.of(2021, 1, 1)).isEmpty());
    assertTrue(AdequacyDecisions.inForce("US", LocalDate.of(2023, 7, 9)).isEmpty());
    var dpf = AdequacyDecisions.inForce("US", LocalDate.of(2023, 7, 10)).orElseThrow();
    assertTrue(dpf.scope().orElseThrow().contains("Data Privacy Framework"));
    assertTrue(AdequacyDecisions.inForce("JP", LocalDate.of(2019, 1, 22)).isEmpty());
    assertTrue(AdequacyDecisions.inForce("CH", LocalDate.of(2001, 1, 1)).isPresent());
  }

  @Test
  void theUnitedKingdomDecisionEndedAndWasRenewedWithoutAGap() {
    var first = AdequacyDecisions.inForce("GB", LocalDate.of(2025, 12, 1)).orElseThrow();
    assertEquals(LocalDate.of(2025, 12, 27), first.until().orElseThrow());
    assertTrue(first.renewedBy().isPresent());
    var renewal = AdequacyDecisions.inForce("GB", LocalDate.of(2025, 12, 28)).orElseThrow();
    assertEquals(LocalDate.of(2031, 12, 27), renewal.until().orElseThrow());
    assertTrue(AdequacyDecisions.inForce("GB", LocalDate.of(2031, 12, 28)).isEmpty());
  }

  @Test
  void brazilFromItsDecisionDateAndTheDataPrivacyFrameworkUnderAppeal() {
    assertTrue(AdequacyDecisions.inForce("BR", LocalDate.of(2026, 1, 25)).isEmpty());
    assertTrue(AdequacyDecisions.inForce("BR", LocalDate.of(2026, 1, 26)).isPresent());
    var dpf = AdequacyDecisions.inForce("US", LocalDate.of(2026, 1, 1)).orElseThrow();
    assertEquals(
        List.of("C-703/25 P Latombe v Commission"),
        dpf.pending().stream().map(AdequacyDecisions.Challenge::caseName).toList());
    assertEquals(2, dpf.challenges().size());
  }

  @Test
  void theEuropeanPatentOrganisationIsAnOrganisationNotACountry() {
    assertEquals(List.of("european-patent-organisation"), AdequacyDecisions.organisations());
    assertTrue(
        AdequacyDecisions.inForce("european-patent-organisation", LocalDate.of(2025, 7, 15))
            .isPresent());
  }

  /** Every fact the data states since the sources were required names where it was checked. */
  @Test
  void everyDecisionWithAnEndARenewalOrAChallengeCitesItsSource() {
    for (var d : AdequacyDecisions.all()) {
      boolean newer = d.until().isPresent() && d.end().isPresent() || !d.challenges().isEmpty();
      if (newer || d.adopted().isPresent()) assertFalse(d.sources().isEmpty(), d.name());
    }
  }

  @Test
  void everyChecklistItemHasACheckAndEveryCheckAnItem() {
    List<String> items = NoticeChecklist.items().stream().map(NoticeChecklist.Item::id).toList();
    assertEquals(NoticeMatrix.CHECKED, items);
  }
}
