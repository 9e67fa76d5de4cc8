package dev.policyascode.text;

import static dev.policyascode.text.ProseProcessorTest.AT;
import static dev.policyascode.text.ProseProcessorTest.prose;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.policyascode.model.*;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The cookie table and the periods that are not a length of time, in the words of the policy's
 * language: the labels of the page around the cells, the lifetimes and events as grammar.
 */
class CookieTableTest {

  static final List<Cookie> COOKIES =
      List.of(
          new Cookie(
              "session",
              "SESSIONID",
              false,
              Optional.empty(),
              List.of("keep you signed in"),
              new HowLong.Session(),
              CookieGround.STRICTLY_NECESSARY,
              AT),
          new Cookie(
              "stats",
              "_pk_id",
              true,
              Optional.of(new Ref("matomo", AT)),
              List.of("audience measurement"),
              new HowLong.Iso("P13M"),
              CookieGround.CONSENT,
              AT));

  static final List<RetentionRule> RETENTION =
      List.of(
          new RetentionRule(
              "keep",
              new HowLong.Until(RetentionEvent.ACCOUNT_CLOSED),
              Optional.empty(),
              List.of(),
              prose("We keep it {period}."),
              AT,
              Positions.unknown()));

  static PolicyVersion version() {
    Registers r =
        new Registers(
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            RETENTION,
            List.of(new RecipientCategory("analytics", "Analytics", AT)),
            List.of(
                new Recipient(
                    "matomo",
                    "Matomo Cloud",
                    new Ref("analytics", AT),
                    RecipientRole.PROCESSOR,
                    "FR",
                    Optional.empty(),
                    AT)),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            COOKIES);
    return new PolicyVersion(
        "v1",
        LocalDate.of(2024, 1, 1),
        Status.PUBLISHED,
        Optional.empty(),
        Optional.empty(),
        r,
        List.of(ProseProcessorTest.section("intro", "Intro")),
        AT);
  }

  static String expand(String language, String body) {
    PolicyVersion v = version();
    List<String> problems = new ArrayList<>();
    String out =
        new ProseProcessor(v, Numbering.of(v), language)
            .expand(prose(body), f -> problems.add(f.toString()), (at, p) -> problems.add(p));
    assertEquals(List.of(), problems);
    return out.strip();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "en;|Name|Set by|Purpose|Lifetime|Consent|;"
            + "|SESSIONID|Us (first party)|keep you signed in|session (until the browser is closed)|Not needed (strictly necessary)|;"
            + "|\\_pk\\_id|Matomo Cloud|audience measurement|13 months|Only with your consent|",
        "fr;|Nom|Déposé par|Finalité|Durée de vie|Consentement|;"
            + "|SESSIONID|Nous (cookie interne)|keep you signed in|session (jusqu'à la fermeture du navigateur)|Non requis (strictement nécessaire)|;"
            + "|\\_pk\\_id|Matomo Cloud|audience measurement|13 mois|Uniquement avec votre consentement|",
        "de;|Name|Gesetzt von|Zweck|Speicherdauer|Einwilligung|;"
            + "|SESSIONID|Uns (Erstanbieter)|keep you signed in|Sitzung (bis zum Schließen des Browsers)|Nicht erforderlich (technisch notwendig)|;"
            + "|\\_pk\\_id|Matomo Cloud|audience measurement|13 Monate|Nur mit Ihrer Einwilligung|"
      })
  void theCookieTableSpeaksThePolicysLanguage(
      String language, String header, String session, String stats) {
    String table = expand(language, "```policy\ntable: cookies\n```");
    List<String> rows = table.lines().filter(l -> l.startsWith("|") && !l.contains("---")).toList();
    assertEquals(
        List.of(header, session, stats), rows.stream().map(CookieTableTest::tight).toList());
  }

  /** The table without the spaces around its cells, as the expected rows are written. */
  private static String tight(String row) {
    return row.replaceAll(" *\\| *", "|");
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
    "en,CONSENT_WITHDRAWN,until consent is withdrawn",
    "en,ACCOUNT_CLOSED,until the account is closed",
    "en,CONTRACT_ENDED,for the duration of the contract",
    "en,OBJECTION,until you object",
    "fr,CONSENT_WITHDRAWN,jusqu'au retrait du consentement",
    "fr,ACCOUNT_CLOSED,jusqu'à la clôture du compte",
    "fr,CONTRACT_ENDED,pendant la durée du contrat",
    "de,CONSENT_WITHDRAWN,bis zum Widerruf der Einwilligung",
    "de,ACCOUNT_CLOSED,bis zur Schließung des Kontos",
    "de,CONTRACT_ENDED,für die Dauer des Vertrags"
  })
  void eventsInWords(String language, RetentionEvent event, String words) {
    assertEquals(words, LanguageFormat.of(language).howLong(new HowLong.Until(event)));
  }

  @Test
  void theStatementSaysTheEventAndACriterionAsWritten() {
    assertEquals(
        "We keep it jusqu'à la clôture du compte.",
        expand("fr", "```policy\nparagraphs: retention\n```"));
    assertEquals(
        "as long as the loan is outstanding",
        LanguageFormat.of("de")
            .howLong(new HowLong.Criterion("as long as the loan is outstanding")));
    assertEquals("6 Monate", LanguageFormat.of("de").howLong(new HowLong.Iso("P6M")));
  }
}
