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
    AdequacyDecisions.all().forEach(d -> assertTrue(iso.contains(d.country()), d.country()));
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
  void everyChecklistItemHasACheckAndEveryCheckAnItem() {
    List<String> items = NoticeChecklist.items().stream().map(NoticeChecklist.Item::id).toList();
    assertEquals(NoticeMatrix.CHECKED, items);
  }
}
