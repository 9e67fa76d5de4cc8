package dev.policyascode.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** An embedded list's joining word in the page's language; every other ending as written. */
class ConnectivesTest {

  @Test
  void aJoiningWordIsSaidInThePagesLanguageWithItsSpacesAndPunctuation() {
    assertEquals(" et/ou;", Connectives.in("fr", " and/or;"));
    assertEquals(" und/oder;", Connectives.in("de", " and/or;"));
    assertEquals("; ou", Connectives.in("fr", "; or"));
    assertEquals(", et", Connectives.in("fr-FR", ", and"));
    assertEquals(" and/or;", Connectives.in("en", " et/ou;"));
  }

  @Test
  void theMainLanguagesEndingsAndOtherWordsAreAsWritten() {
    assertEquals(" and/or;", Connectives.in("en", " and/or;"));
    assertEquals(" et/ou ;", Connectives.in("fr", " et/ou ;"));
    assertEquals(";", Connectives.in("fr", ";"));
    assertEquals("", Connectives.in("fr", ""));
    assertEquals(" as well as;", Connectives.in("fr", " as well as;"));
    // A language without built-in words keeps the ending: there is no word to say it with.
    assertEquals(" and/or;", Connectives.in("it", " and/or;"));
  }
}
