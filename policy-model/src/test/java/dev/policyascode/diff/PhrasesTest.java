package dev.policyascode.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policyascode.model.LegalBasis;
import dev.policyascode.model.RecipientRole;
import dev.policyascode.model.Right;
import dev.policyascode.model.Safeguard;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The words of the summary: one for every word of the format, filled in without surprises. */
class PhrasesTest {

  @Test
  void everyWordOfTheFormatAndEveryAreaHasALabel() {
    List<String> keys = new ArrayList<>();
    for (LegalBasis b : LegalBasis.values()) keys.add("change.basis." + b.word());
    for (RecipientRole r : RecipientRole.values()) keys.add("change.role." + r.word());
    for (Safeguard s : Safeguard.values()) keys.add("change.safeguard." + s.word());
    for (Right r : Right.values()) keys.add("change.right." + r.word());
    for (Change.Area a : Change.Area.values()) keys.add(a.label());
    // LabelFilesTest holds French and German to the English keys: English is enough here.
    List<String> missing =
        keys.stream().filter(k -> !Phrases.ENGLISH.labels().containsKey(k)).toList();
    assertEquals(List.of(), missing, "labels.properties lacks these keys");
  }

  @Test
  void anApostropheIsAnApostrophe() {
    Phrases p = new Phrases(Map.of("k", "l'activité {0} n'a pas changé"), "fr");
    assertEquals("l'activité « A » n'a pas changé", p.get("k", "« A »"));
  }

  @Test
  void aPlaceholderInAValueIsShownAsItIs() {
    Phrases p = new Phrases(Map.of("k", "{0} → {1}"), "en");
    assertEquals("Title {1} → x", p.get("k", "Title {1}", "x"));
    assertEquals("$1 \\ → x", p.get("k", "$1 \\", "x"));
  }

  @Test
  void aMissingLabelIsNamed() {
    Phrases p = new Phrases(Map.of(), "en");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> p.get("change.sectionAdded", "1", "A"));
    assertTrue(e.getMessage().contains("change.sectionAdded"), e.getMessage());
  }

  @Test
  void countriesInTheLanguage() {
    assertEquals("United States", Phrases.ENGLISH.country("US"));
    assertEquals("États-Unis", new Phrases(Map.of(), "fr-FR").country("US"));
    assertEquals("Vereinigte Staaten", new Phrases(Map.of(), "de").country("US"));
  }
}
