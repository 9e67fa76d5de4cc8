package dev.policyascode.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Syllable counts on words whose count a dictionary gives (Merriam-Webster's hyphenation for
 * English, spoken syllables for French, whose mute e is not read (res-pon-sable), the Duden's
 * hyphenation for German), chosen from the words notices use and the spellings the corrections are
 * about. A count that drifts fails here.
 */
class SyllablesTest {

  static final Map<String, Integer> ENGLISH =
      Map.ofEntries(
          Map.entry("the", 1),
          Map.entry("we", 1),
          Map.entry("make", 1),
          Map.entry("makes", 1),
          Map.entry("liked", 1),
          Map.entry("used", 1),
          Map.entry("shared", 1),
          Map.entry("wanted", 2),
          Map.entry("boxes", 2),
          Map.entry("uses", 2),
          Map.entry("table", 2),
          Map.entry("people", 2),
          Map.entry("simple", 2),
          Map.entry("while", 1),
          Map.entry("data", 2),
          Map.entry("cookies", 2),
          Map.entry("privacy", 3),
          Map.entry("personal", 3),
          Map.entry("processing", 3),
          Map.entry("controller", 3),
          Map.entry("services", 3),
          Map.entry("purposes", 3),
          Map.entry("information", 4),
          Map.entry("regulation", 4),
          Map.entry("legitimate", 4),
          Map.entry("necessary", 4),
          Map.entry("available", 4),
          Map.entry("social", 2),
          Map.entry("media", 3),
          Map.entry("period", 3),
          Map.entry("area", 3),
          Map.entry("idea", 3),
          Map.entry("actual", 3),
          Map.entry("language", 2),
          Map.entry("safely", 2),
          Map.entry("completely", 3),
          Map.entry("potential", 3),
          Map.entry("client", 2),
          Map.entry("audience", 3),
          Map.entry("society", 4),
          Map.entry("processed", 2),
          Map.entry("deleted", 3),
          Map.entry("agreement", 3),
          Map.entry("account", 2),
          Map.entry("email", 2),
          Map.entry("rights", 1),
          Map.entry("beautiful", 3),
          Map.entry("queue", 1),
          Map.entry("union", 2),
          Map.entry("audio", 3),
          Map.entry("changes", 2),
          Map.entry("ensure", 2));

  static final Map<String, Integer> FRENCH =
      Map.ofEntries(
          Map.entry("vous", 1),
          Map.entry("données", 2),
          Map.entry("donnée", 2),
          Map.entry("personnelles", 3),
          Map.entry("traitement", 3),
          Map.entry("politique", 3),
          Map.entry("langue", 1),
          Map.entry("information", 4),
          Map.entry("créé", 2),
          Map.entry("réalisé", 4),
          Map.entry("eau", 1),
          Map.entry("droit", 1),
          Map.entry("responsable", 3),
          Map.entry("conservation", 4),
          Map.entry("que", 1));

  static final Map<String, Integer> GERMAN =
      Map.ofEntries(
          Map.entry("Datenschutz", 3),
          Map.entry("Verarbeitung", 4),
          Map.entry("personenbezogene", 7),
          Map.entry("Daten", 2),
          Map.entry("Einwilligung", 4),
          Map.entry("Sie", 1),
          Map.entry("Ihre", 2),
          Map.entry("Steuer", 2),
          Map.entry("Information", 5),
          Map.entry("Zweck", 1),
          Map.entry("Löschung", 2),
          Map.entry("Auskunft", 2),
          Map.entry("Verantwortliche", 5));

  @Test
  void englishWordsHaveTheirDictionaryCount() {
    assertEquals(List.of(), wrong(ENGLISH, "en"));
  }

  @Test
  void frenchWordsHaveTheirDictionaryCount() {
    assertEquals(List.of(), wrong(FRENCH, "fr"));
  }

  @Test
  void germanWordsHaveTheirDictionaryCount() {
    assertEquals(List.of(), wrong(GERMAN, "de"));
  }

  @Test
  void aWordWithoutLettersHasNone() {
    assertEquals(0, Syllables.count("2018", "en"));
  }

  private static List<String> wrong(Map<String, Integer> known, String language) {
    List<String> wrong = new ArrayList<>();
    known.forEach(
        (word, n) -> {
          int counted = Syllables.count(word, language);
          if (counted != n) wrong.add(word + ": " + counted + ", not " + n);
        });
    wrong.sort(null);
    return wrong;
  }
}
