package dev.policyascode.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The words of the summary, filled in without surprises. */
class PhrasesTest {

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
