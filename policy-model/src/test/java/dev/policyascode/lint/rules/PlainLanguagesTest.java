package dev.policyascode.lint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.policyascode.diagnostics.Finding;
import dev.policyascode.diagnostics.Position;
import dev.policyascode.lint.api.Rule;
import dev.policyascode.lint.api.VersionContext;
import dev.policyascode.model.*;
import dev.policyascode.text.Readability;
import dev.policyascode.text.ReadingText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The plain rules in the policy's language: the fixtures are English, so French and German are
 * checked here on a policy made by hand, and the formulas on texts whose counts are known.
 */
class PlainLanguagesTest {

  @Test
  void frenchHedgesAreFoundAndTheReadersRightsAreNot() {
    assertEquals(
        List.of("pouvons", "certaines", "peuvent"),
        qualifiers(
            "fr",
            "Nous pouvons partager certaines données. Vous pouvez vous opposer."
                + " La personne concernée peut retirer son consentement."
                + " Les données peuvent être transmises."));
  }

  @Test
  void germanHedgesAreFoundAndTheReadersRightsAreNot() {
    assertEquals(
        List.of("können", "Einige", "oft"),
        qualifiers(
            "de",
            "Wir können Ihre Daten weitergeben. Sie können widersprechen."
                + " Diese Daten können Sie jederzeit löschen. Einige Daten lesen wir oft."));
  }

  @Test
  void eachLanguageHasItsFormula() {
    // We(1) keep(1) your(1) data(2): 4 words, 5 syllables, one sentence
    assertScore("en", "We keep your data.", 206.835 - 1.015 * 4 - 84.6 * 5 / 4);
    // Nous(1) gardons(2) vos(1) données(2)
    assertScore("fr", "Nous gardons vos données.", 207 - 1.015 * 4 - 73.6 * 6 / 4);
    // Wir(1) speichern(2) Ihre(2) Daten(2)
    assertScore("de", "Wir speichern Ihre Daten.", 180 - 4 - 58.5 * 7 / 4);
    assertEquals(Optional.empty(), Readability.of(new ReadingText("Teniamo i dati."), "it"));
  }

  private static void assertScore(String language, String text, double expected) {
    assertEquals(
        expected, Readability.of(new ReadingText(text), language).orElseThrow().score(), 1e-9);
  }

  private static List<String> qualifiers(String language, String body) {
    List<String> words = new ArrayList<>();
    for (Finding f : findings(new PlainVagueQualifier(), language, body)) {
      words.add(f.message().substring(1, f.message().indexOf('\'', 1)));
    }
    return words;
  }

  static List<Finding> findings(Rule rule, String language, String body) {
    Position at = Position.startOf("policy.yaml");
    Section section =
        new Section("s", "S", Optional.of(new Prose(body, TextLocator.at(at))), List.of(), at);
    Registers none =
        new Registers(
            List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
            List.of(), List.of(), List.of(), List.of());
    PolicyVersion version =
        new PolicyVersion(
            "v",
            LocalDate.of(2024, 1, 1),
            Status.DRAFT,
            Optional.empty(),
            Optional.empty(),
            none,
            List.of(section),
            at);
    Contact owner =
        new Contact(
            "Owner",
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            at);
    Policy policy =
        new Policy(
            "p",
            "P",
            owner,
            List.of(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            List.of(language),
            Optional.empty(),
            at,
            List.of(version));
    List<Finding> out = new ArrayList<>();
    rule.check(VersionContext.of(policy, version), out::add);
    return out;
  }
}
