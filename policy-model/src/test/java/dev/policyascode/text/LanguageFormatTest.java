package dev.policyascode.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Dates, periods and references to sections in the words of the policy's language. */
class LanguageFormatTest {

  @ParameterizedTest(name = "{0} {1} -> {2}")
  @CsvSource({
    "en,2018-05-25,25 May 2018",
    "en,2027-01-01,1 January 2027",
    "en-US,2027-01-01,1 January 2027",
    // French writes the first day of a month as an ordinal, and the others as cardinals.
    "fr,2027-01-01,1er janvier 2027",
    "fr-FR,2018-05-25,25 mai 2018",
    "fr,2018-05-02,2 mai 2018",
    // German writes the day as an ordinal: a full stop after its number.
    "de,2027-01-01,1. Januar 2027",
    "de,2018-05-25,25. Mai 2018",
    "de-AT,2027-01-01,1. Jänner 2027",
    // Another language keeps what it had: its month names in the English order.
    "es,2018-05-25,25 mayo 2018"
  })
  void datesInTheirLanguagesForm(String language, String date, String words) {
    assertEquals(words, LanguageFormat.of(language).date(LocalDate.parse(date)));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "en,section 2.1",
    "en-GB,section 2.1",
    "fr,section 2.1",
    "de,Abschnitt 2.1",
    "es,section 2.1"
  })
  void aReferenceToASectionInTheLanguagesWord(String language, String words) {
    assertEquals(words, LanguageFormat.of(language).section("2.1"));
  }

  @ParameterizedTest
  @CsvSource({
    "P10Y,fr,10 ans",
    "P1Y6M,fr-FR,1 an et 6 mois",
    "P13M,fr,13 mois",
    "P1Y2M3D,fr,'1 an, 2 mois et 3 jours'",
    "P0D,fr,0 jour",
    "P10Y,de,10 Jahre",
    "P1Y6M,de-AT,1 Jahr und 6 Monate",
    "P2W,de,2 Wochen",
    "P1D,de,1 Tag",
    "P10Y,en-GB,10 years",
    "P10Y,es,10 years"
  })
  void periodsInThePolicysLanguage(String iso, String language, String words) {
    // The words go into the policy's own text: a French page must not say "10 years".
    assertEquals(words, LanguageFormat.of(language).period(iso));
  }

  @Test
  void oneFormatPerLanguageTag() {
    assertSame(LanguageFormat.of("fr-FR"), LanguageFormat.of("fr-FR"));
    assertSame(LanguageFormat.ENGLISH, LanguageFormat.of("en"));
  }
}
