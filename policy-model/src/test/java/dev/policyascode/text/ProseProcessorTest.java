package dev.policyascode.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policyascode.diagnostics.Finding;
import dev.policyascode.diagnostics.Position;
import dev.policyascode.lint.rules.SchemaUnknownRef;
import dev.policyascode.model.*;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** From a body as written to the CommonMark that is rendered: embeds, references, sanitising. */
class ProseProcessorTest {

  static final Position AT = Position.startOf("v.yaml");

  static Prose prose(String text) {
    return new Prose(text, TextLocator.at(AT));
  }

  static Section section(String id, String title, Section... children) {
    return new Section(id, title, Optional.empty(), List.of(children), AT);
  }

  static final Registers REGISTERS =
      new Registers(
          List.of(
              new Definition("account", "Account", List.of(), prose("refers to an account"), AT),
              new Definition("users", "Users", List.of(), prose("refers to *people*"), AT)),
          List.of(),
          List.of(
              new DataCategory(
                  "name",
                  "First and last name",
                  Optional.empty(),
                  List.of(),
                  Optional.of(true),
                  false,
                  Optional.empty(),
                  AT),
              new DataCategory(
                  "logs",
                  "Logs",
                  Optional.empty(),
                  List.of("Date", "Time", "Author"),
                  Optional.empty(),
                  false,
                  Optional.empty(),
                  AT)),
          List.of(),
          List.of(
              new LegalBasisStatement(LegalBasis.CONTRACT, prose("the contract"), AT),
              new LegalBasisStatement(
                  LegalBasis.LEGAL_OBLIGATION, prose("a legal obligation"), AT)),
          List.of(
              new RetentionRule(
                  "keep",
                  "P1Y6M",
                  Optional.of("the end of the contract"),
                  List.of(),
                  prose("We keep it {period} from {from}."),
                  AT)),
          List.of(new RecipientCategory("host", "Host", AT)),
          List.of(
              new Recipient(
                  "ovh",
                  "OVH",
                  new Ref("host", AT),
                  RecipientRole.PROCESSOR,
                  "FR",
                  Optional.of("hosting"),
                  AT)),
          List.of(),
          List.of(
              new RightStatement(Right.ACCESS, "access right", AT),
              new RightStatement(Right.ERASURE, "delete right", AT)),
          List.of(),
          List.of());

  static final PolicyVersion VERSION =
      new PolicyVersion(
          "v1",
          LocalDate.of(2024, 1, 1),
          Status.PUBLISHED,
          Optional.empty(),
          Optional.empty(),
          REGISTERS,
          List.of(
              section("intro", "Intro"),
              section(
                  "storage",
                  "Storage",
                  section("security", "Security"),
                  section("cancellation", "Cancellation"))),
          AT);

  final ProseProcessor processor = new ProseProcessor(VERSION, Numbering.of(VERSION), "en");

  String markdown(String body) {
    return ProseProcessor.markdown(processor.document(prose(body))).strip();
  }

  String expand(String body, List<Finding> problems) {
    return processor.expand(
        prose(body),
        problems::add,
        (at, problem) -> problems.add(Finding.of(SchemaUnknownRef.META, at, problem)));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "See [](#cancellation).|See [section 2.2](#cancellation).",
        "See [Article](#security).|See [Article 2.1](#security).",
        "See [section](#storage).|See [section 2](#storage).",
        "See [the storage rules](#storage).|See [the storage rules](#storage).",
        "See [elsewhere](https://example.com).|See [elsewhere](https://example.com).",
      })
  void linksToSectionIdsCarryTheComputedNumber(String body, String expected) {
    assertEquals(expected, markdown(body));
  }

  @Test
  void aDefinitionListReadsAsTheTextWroteIt() {
    String body = "Terms:\n\n```policy\nlist: definitions\nitem_end: \";\"\nlast_end: \".\"\n```\n";
    assertEquals(
        "Terms:\n\n- **Account** refers to an account;\n- **Users** refers to *people*.",
        markdown(body));
  }

  @Test
  void onlyChoosesAndOrdersEntries() {
    String body = "```policy\nlist: rights\nonly: [erasure, access]\n```";
    assertEquals("- delete right\n- access right", markdown(body));
  }

  @Test
  void dataItemsTakeTheirEndingsOneByOne() {
    String body = "```policy\nlist: data-items\nof: logs\nends: [\"\", \";\", \".\"]\n```";
    assertEquals("- Date\n- Time;\n- Author.", markdown(body));
  }

  @Test
  void retentionParagraphsShowThePeriodInWords() {
    assertEquals(
        "We keep it 1 year and 6 months from the end of the contract.",
        markdown("```policy\nparagraphs: retention\n```"));
  }

  @Test
  void aRecipientTableNamesTheCountry() {
    String md = markdown("```policy\ntable: recipients\n```");
    assertTrue(
        md.contains("|Recipient|Service|Country|") && md.contains("|OVH|hosting|France|"), md);
  }

  @Test
  void legalBasesTakeTheirJoiningWords() {
    String body = "```policy\nlist: legal-bases\nitem_end: \" and/or;\"\nlast_end: \".\"\n```";
    assertEquals("- the contract and/or;\n- a legal obligation.", markdown(body));
  }

  @Test
  void anUnknownIdInOnlyIsAFindingWithASuggestion() {
    List<Finding> problems = new ArrayList<>();
    expand("```policy\nlist: rights\nonly: [acess]\n```", problems);
    assertEquals(1, problems.size(), problems.toString());
    assertEquals("schema-unknown-ref", problems.get(0).ruleId());
    assertTrue(
        problems.get(0).message().contains("did you mean 'access'"), problems.get(0).message());
  }

  @Test
  void aBadBlockIsAFindingNotAnException() {
    List<Finding> problems = new ArrayList<>();
    expand("```policy\nlist: definitons\n```", problems);
    assertEquals(1, problems.size(), problems.toString());
    assertTrue(
        problems.get(0).message().contains("did you mean 'definitions'"),
        problems.get(0).message());
    problems.clear();
    expand("```policy\nlist: [a, b]\n```", problems);
    expand("```policy\n{{{\n```", problems);
    expand("```policy\ncolour: red\n```", problems);
    assertEquals(3, problems.size(), problems.toString());
  }

  @Test
  void otherCodeBlocksStayCode() {
    assertEquals("```yaml\nlist: definitions\n```", markdown("```yaml\nlist: definitions\n```"));
  }

  @ParameterizedTest
  @CsvSource({
    "P10Y,10 years",
    "P1Y,1 year",
    "P13M,13 months",
    "P2W,2 weeks",
    "P1D,1 day",
    "P1Y6M,1 year and 6 months",
    "P1Y2M3D,'1 year, 2 months and 3 days'"
  })
  void durationsInWords(String iso, String words) {
    assertEquals(words, Durations.inWords(iso));
  }

  @Test
  void aRetentionPeriodIsWrittenInThePolicysLanguage() {
    ProseProcessor french = new ProseProcessor(VERSION, Numbering.of(VERSION), "fr");

    String expanded =
        french.expand(
            prose("```policy\nparagraphs: retention\n```\n"), f -> {}, (at, problem) -> {});

    assertTrue(
        expanded.contains("We keep it 1 an et 6 mois from the end of the contract."), expanded);
  }
}
