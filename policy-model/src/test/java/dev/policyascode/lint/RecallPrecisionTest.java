package dev.policyascode.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policyascode.diagnostics.Finding;
import dev.policyascode.diagnostics.RuleMeta;
import dev.policyascode.diagnostics.Severity;
import dev.policyascode.lint.api.Rule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Measured, not asserted: recall and precision of the lint rules. Each clean policy is linted as it
 * is, so every finding on it is a false finding; then one defect at a time is planted into a copy
 * of a clean version, and the rule meant to find it must report a finding that the clean run did
 * not have. Prints a table per family; fails if a planted defect is missed, if a clean policy has
 * an error, or if a rule of the registry has no planted defect here.
 */
class RecallPrecisionTest {

  static final Path ROOT = Path.of(System.getProperty("basedir", "")).toAbsolutePath().getParent();

  /** A clean policy: its folder (with policy.yaml) and the version file the defects go into. */
  record Clean(String name, Path folder, String version) {
    String text() throws IOException {
      return Files.readString(
          folder.resolve("versions/" + version + ".yaml"), StandardCharsets.UTF_8);
    }
  }

  static final Clean QUCIT =
      new Clean("qucit-2027", ROOT.resolve("policies/qucit-privacy"), "2027-01-01");

  /** A fictional small German SaaS with a US email processor; see recall/README.md. */
  static final Clean NORDLICHT =
      new Clean(
          "nordlicht",
          ROOT.resolve("policy-model/src/test/resources/recall/nordlicht-privacy"),
          "2026-06-01");

  static final List<Clean> CLEAN = List.of(QUCIT, NORDLICHT);

  /**
   * Families this test does not plant, and why. A rule of any other family without a planted defect
   * fails the test.
   */
  static final Map<String, String> NOT_PLANTED =
      Map.of(
          "schema",
          "the structure of the files: the loader's cases are rows of HostileInputTest, and every"
              + " schema rule has its fixtures",
          // lint() copies one version and its lock entry; the versions-* rules compare a policy's
          // versions with each other and with the lock, so their cases need a history: they are
          // the fixtures under fixtures/versions-* (run by RuleFixtureTest) and the
          // published-edited and versions-workflow invoker builds.
          "versions",
          "they compare a policy's versions and its lock; their planted cases are in their own"
              + " fixtures and invoker builds");

  /**
   * The warnings accepted on the fictional clean policy, each with the reason it is not a defect of
   * the policy. Any other warning on it fails the test; its errors always do.
   */
  static final Map<String, String> NORDLICHT_ACCEPTED = Map.of();

  /** One planted defect: the rule that must find it, the clean policy, and the change. */
  record Plant(String ruleId, Clean into, String what, UnaryOperator<String> change) {}

  static List<Plant> planted() {
    List<Plant> p = new ArrayList<>();
    // xref
    p.add(
        new Plant(
            "xref-unknown-section",
            QUCIT,
            "a link to a misspelt section id",
            s ->
                s.replace(
                    "without prejudice to [](#duration)", "without prejudice to [](#durations)")));
    p.add(
        new Plant(
            "xref-unknown-section",
            NORDLICHT,
            "a link to a misspelt section id",
            s -> s.replace("as [](#controller) explains", "as [](#controler) explains")));
    p.add(
        new Plant(
            "xref-section-number",
            QUCIT,
            "a typed section number that does not exist",
            s ->
                s.replace(
                    "without prejudice to [](#duration)", "without prejudice to section 9.4")));
    p.add(
        new Plant(
            "xref-section-number",
            NORDLICHT,
            "a typed section number that does not exist",
            s -> s.replace("as [](#controller) explains", "as section 12 explains")));
    p.add(
        new Plant(
            "xref-literal-number",
            QUCIT,
            "a typed section number instead of a link",
            s ->
                s.replace(
                    "without prejudice to [](#duration)", "without prejudice to section 5.2")));
    p.add(
        new Plant(
            "xref-literal-number",
            NORDLICHT,
            "a typed section number instead of a link",
            s -> s.replace("as [](#controller) explains", "as section 2 explains")));
    p.add(
        new Plant(
            "xref-caption",
            QUCIT,
            "a caption naming another section: 5.2 is Duration",
            s ->
                s.replace(
                    "without prejudice to [](#duration)",
                    "without prejudice to section 5.2 (Security)")));
    p.add(
        new Plant(
            "xref-caption",
            NORDLICHT,
            "a caption naming another section: 2 is Who is responsible",
            s -> s.replace("as [](#controller) explains", "as section 2 (Your rights) explains")));
    p.add(
        new Plant(
            "xref-gdpr-article",
            QUCIT,
            "an article the GDPR does not have",
            s -> s.replace("Article 28 of the GDPR", "Article 128 of the GDPR")));
    p.add(
        new Plant(
            "xref-gdpr-article",
            NORDLICHT,
            "an article the GDPR does not have",
            s -> s.replace("as Article 28 GDPR requires", "as Article 128 GDPR requires")));
    p.add(
        new Plant(
            "xref-gdpr-paragraph",
            QUCIT,
            "a point of Article 6(1) that does not exist",
            s -> s.replace("Article 28 of the GDPR", "Article 6(1)(g) of the GDPR")));
    p.add(
        new Plant(
            "xref-gdpr-paragraph",
            NORDLICHT,
            "a point of Article 6(1) that does not exist",
            s -> s.replace("(Article 6(1)(b) GDPR)", "(Article 6(1)(h) GDPR)")));
    // terms
    p.add(
        new Plant(
            "terms-undefined",
            QUCIT,
            "a capitalised word used like a defined term, also written in lower case",
            s ->
                s.replace(
                    "directly from their Account.",
                    "directly from their Account or from the Dashboard; the dashboard also shows"
                        + " their Content.")));
    p.add(
        new Plant(
            "terms-undefined",
            NORDLICHT,
            "a capitalised word used like a defined term, also written in lower case",
            s ->
                s.replace(
                    "write to that Customer first;",
                    "write to that Customer first, or to its Practice Manager; a practice manager"
                        + " can see the booking;")));
    p.add(
        new Plant(
            "terms-unused",
            QUCIT,
            "a definition that the text never uses",
            s ->
                s.replace(
                    "definitions:\n",
                    "definitions:\n  - id: partner\n    term: Partner\n    meaning: \"refers to a"
                        + " reseller of the Services\"\n")));
    p.add(
        new Plant(
            "terms-unused",
            NORDLICHT,
            "a definition that the text never uses",
            s ->
                s.replace(
                    "definitions:\n",
                    "definitions:\n  - id: client\n    term: Client\n    meaning: \"a person who"
                        + " books an appointment\"\n")));
    p.add(
        new Plant(
            "terms-duplicate",
            QUCIT,
            "a second definition of Website, already an alias of Site",
            s ->
                s.replace(
                    "definitions:\n",
                    "definitions:\n  - id: website\n    term: Website\n    meaning: \"refers to"
                        + " https://qucit.com/\"\n")));
    p.add(
        new Plant(
            "terms-duplicate",
            NORDLICHT,
            "Customer defined twice",
            s ->
                s.replace(
                    "definitions:\n",
                    "definitions:\n  - id: customer-2\n    term: customer\n    meaning: \"a"
                        + " subscriber\"\n")));
    p.add(
        new Plant(
            "terms-synonym",
            NORDLICHT,
            "'the Service' defined beside 'Service', both used",
            s ->
                s.replace(
                        "definitions:\n",
                        "definitions:\n  - id: the-services\n    term: the Services\n    meaning:"
                            + " \"all services of Nordlicht\"\n")
                    .replace(
                        "Nordlicht provides at", "Nordlicht provides, among the Services, at")));
    // prose
    p.add(
        new Plant(
            "terms-synonym",
            QUCIT,
            "'the Accounts' defined beside 'Account', both used",
            s ->
                s.replace(
                        "definitions:\n",
                        "definitions:\n  - id: the-accounts\n    term: the Accounts\n    meaning:"
                            + " \"refers to all Accounts of a Customer\"\n")
                    .replace(
                        "Users may also request that their Account be deleted.",
                        "Users may also request that their Account be deleted, or all of the"
                            + " Accounts.")));
    p.add(
        new Plant(
            "prose-placeholder",
            QUCIT,
            "a date left as a placeholder",
            s -> s.replace("Updated to January 1, 2027", "Updated to [date]")));
    p.add(
        new Plant(
            "prose-placeholder",
            NORDLICHT,
            "a drafting note left in a retention statement",
            s ->
                s.replace(
                    "Server logs are deleted", "TODO check with IT: server logs are deleted")));
    p.add(
        new Plant(
            "prose-regulation-names",
            QUCIT,
            "the GDPR also called RGPD",
            s -> s.replace("(GDPR), in force on 25 May 2018", "(RGPD), in force on 25 May 2018")));
    p.add(
        new Plant(
            "prose-regulation-names",
            NORDLICHT,
            "the GDPR also called DSGVO",
            s -> s.replace("(Article 6(1)(a) GDPR)", "(Article 6(1)(a) DSGVO)")));
    p.add(
        new Plant(
            "prose-heading-run-in",
            QUCIT,
            "a title that is the first sentence of its paragraph",
            s ->
                s.replace(
                    "title: Security\n",
                    "title: Qucit makes every effort to avoid the loss, misappropriation, intrusion,"
                        + " unauthorized disclosure, alteration or destruction of Personal Data\n")));
    p.add(
        new Plant(
            "prose-heading-run-in",
            NORDLICHT,
            "a title that is a lead-in ending with a colon",
            s -> s.replace("title: Security\n", "title: \"We protect your data as follows:\"\n")));
    // datamap
    p.add(
        new Plant(
            "datamap-unused-category",
            QUCIT,
            "a data category no activity uses",
            s ->
                s.replace(
                    "data_categories:\n", "data_categories:\n  - {id: fax, name: Fax number}\n")));
    p.add(
        new Plant(
            "datamap-unused-category",
            NORDLICHT,
            "a data category no activity uses",
            s ->
                s.replace(
                    "data_categories:\n",
                    "data_categories:\n  - {id: birthday, name: Date of birth, required: false}\n")));
    p.add(
        new Plant(
            "datamap-legitimate-interest",
            QUCIT,
            "the legitimate interest of the cookies removed",
            s -> s.replaceFirst("\n    legitimate_interest: to facilitate navigation[^\n]*", "")));
    p.add(
        new Plant(
            "datamap-legitimate-interest",
            NORDLICHT,
            "the legitimate interest of the logs removed",
            s -> s.replaceFirst("\n    legitimate_interest: keeping the Service[^\n]*", "")));
    p.add(
        new Plant(
            "datamap-consent-withdrawal",
            QUCIT,
            "an activity on consent, no right to withdraw",
            s -> s.replace("legal_basis: legal-obligation", "legal_basis: consent")));
    p.add(
        new Plant(
            "datamap-consent-withdrawal",
            NORDLICHT,
            "the right to withdraw consent removed",
            s -> s.replaceFirst("  - right: withdraw-consent\n    label: [^\n]*\n", "")));
    // retention
    p.add(
        new Plant(
            "retention-missing",
            QUCIT,
            "an activity with no retention",
            s -> s.replace("    retention: [keep-connection-logs]\n", "")));
    p.add(
        new Plant(
            "retention-missing",
            NORDLICHT,
            "an activity with no retention",
            s -> s.replace("    retention: [keep-logs]\n", "")));
    p.add(
        new Plant(
            "retention-missing-trigger",
            QUCIT,
            "a period that runs from no event",
            s -> s.replace("    from: the day the cookie is placed on the device\n", "")));
    p.add(
        new Plant(
            "retention-missing-trigger",
            NORDLICHT,
            "a period that runs from no event",
            s ->
                s.replace("    from: the request\n", "")
                    .replace("deleted {period} after {from}.\"", "deleted after {period}.\"")));
    p.add(
        new Plant(
            "retention-implausible-period",
            QUCIT,
            "100 years",
            s -> s.replace("period: P10Y", "period: P100Y")));
    p.add(
        new Plant(
            "retention-implausible-period",
            NORDLICHT,
            "zero days",
            s -> s.replace("period: P14D", "period: P0D")));
    p.add(
        new Plant(
            "retention-vague",
            QUCIT,
            "'as long as necessary'",
            s ->
                s.replace(
                    "Qucit stores Personal Data in accordance with legal requirements:",
                    "Qucit stores Personal Data as long as necessary:")));
    p.add(
        new Plant(
            "retention-vague",
            NORDLICHT,
            "'for as long as needed'",
            s ->
                s.replace(
                    "Without a name, an email address",
                    "We keep it for as long as needed. Without a name, an email address")));
    p.add(
        new Plant(
            "retention-cookie-lifetime",
            QUCIT,
            "cookies kept 36 months",
            s -> s.replace("period: P24M", "period: P36M")));
    p.add(
        new Plant(
            "retention-statutory-source",
            NORDLICHT,
            "a legal retention period that names no law",
            s ->
                s.replace(
                    ", as section 147 of the German Fiscal Code (Abgabenordnung) requires.",
                    ", as it is obliged to.")));
    // transfers
    p.add(
        new Plant(
            "retention-statutory-source",
            NORDLICHT,
            "'as the law requires', which names no law",
            s ->
                s.replace(
                    ", as section 147 of the German Fiscal Code (Abgabenordnung) requires.",
                    ", as the law requires.")));
    p.add(
        new Plant(
            "retention-statutory-source",
            QUCIT,
            "invoicing records kept under a legal obligation that the statement does not name",
            s ->
                s.replace(
                    "      - management of the Customer’s account, orders, invoicing, payments\n"
                        + "    legal_basis: contract\n",
                    "      - management of the Customer’s account, orders, invoicing, payments\n"
                        + "    legal_basis: legal-obligation\n")));
    p.add(
        new Plant(
            "transfers-missing-safeguard",
            QUCIT,
            "AWS moved to the US with no transfer",
            RecallPrecisionTest::awsInUs));
    p.add(
        new Plant(
            "transfers-missing-safeguard",
            NORDLICHT,
            "the transfer to Postwell removed",
            s -> s.replaceFirst("transfers:\n(  .*\n|    .*\n)+", "")));
    p.add(
        new Plant(
            "transfers-within-eea",
            QUCIT,
            "a 'transfer' to France",
            s ->
                s.replace(
                    "\nrights:\n",
                    "\ntransfers:\n  - {recipient: ovh, country: FR, safeguard:"
                        + " standard-contractual-clauses}\nrights:\n")));
    p.add(
        new Plant(
            "transfers-within-eea",
            NORDLICHT,
            "a 'transfer' to Germany",
            s ->
                s.replace(
                    "\nrights:\n",
                    "  - {recipient: datenhafen, country: DE, safeguard:"
                        + " standard-contractual-clauses}\n\nrights:\n")));
    p.add(
        new Plant(
            "transfers-adequacy",
            QUCIT,
            "the US adequacy claimed in 2021, before the Data Privacy Framework",
            s ->
                awsInUs(s)
                    .replace(
                        "\nrights:\n",
                        "\ntransfers:\n  - {recipient: aws, country: US, safeguard:"
                            + " adequacy-decision, details: certified}\nrights:\n")
                    .replace("effective: 2027-01-01", "effective: 2021-01-01")
                    .replace("version: 2027-01-01", "version: 2021-01-01")));
    p.add(
        new Plant(
            "transfers-adequacy",
            NORDLICHT,
            "the US adequacy claimed in 2022, before the Data Privacy Framework",
            s ->
                s.replace("effective: 2026-06-01", "effective: 2022-06-01")
                    .replace("version: 2026-06-01", "version: 2022-06-01")));
    p.add(
        new Plant(
            "transfers-adequacy-scope",
            QUCIT,
            "a US adequacy transfer that does not say the recipient is certified",
            s ->
                awsInUs(s)
                    .replace(
                        "\nrights:\n",
                        "\ntransfers:\n  - {recipient: aws, country: US, safeguard:"
                            + " adequacy-decision}\nrights:\n")));
    p.add(
        new Plant(
            "transfers-adequacy-scope",
            NORDLICHT,
            "the certification of Postwell dropped from the transfer",
            s -> s.replaceFirst("\n    details: \"Postwell Inc. is certified[^\n]*", "")));
    p.add(
        new Plant(
            "transfers-stored-in-eu",
            QUCIT,
            "'stores Personal Data in the European Union' with AWS in the US",
            s ->
                awsInUs(s)
                    .replace(
                        "\nrights:\n",
                        "\ntransfers:\n  - {recipient: aws, country: US, safeguard:"
                            + " standard-contractual-clauses, details: on request}\nrights:\n")));
    p.add(
        new Plant(
            "transfers-stored-in-eu",
            NORDLICHT,
            "'your data stays in the EU' with Postwell in the US",
            s ->
                s.replace(
                    "We use these processors:",
                    "Your Personal Data is stored only in the European Union. We use these"
                        + " processors:")));
    // notice
    p.add(
        new Plant(
            "notice-missing-item",
            QUCIT,
            "the right to complain removed",
            s -> s.replaceFirst("  - right: complaint\n    label: [^\n]*\n", "")));
    p.add(
        new Plant(
            "notice-missing-item",
            NORDLICHT,
            "the right of access removed",
            s -> s.replaceFirst("  - right: access\n    label: [^\n]*\n", "")));
    // register
    p.add(
        new Plant(
            "register-missing-item",
            QUCIT,
            "the recipients of the connection logs removed",
            s ->
                s.replace(
                    "    data_categories: [connection-logs]\n    data_subjects: [users]\n"
                        + "    recipients: [host]\n",
                    "    data_categories: [connection-logs]\n    data_subjects: [users]\n")));
    p.add(
        new Plant(
            "register-missing-item",
            NORDLICHT,
            "the recipients of the newsletter removed",
            s -> s.replace("    recipients: [postwell]\n", "")));
    p.add(
        new Plant(
            "register-uncovered-entry",
            QUCIT,
            "a recipient that no activity covers",
            s ->
                s.replace(
                        "recipients:\n  - id: ovh\n",
                        "recipients:\n  - {id: stripe, name: Stripe, category: payments, role:"
                            + " processor, country: IE}\n  - id: ovh\n")
                    .replace(
                        "recipient_categories:\n",
                        "recipient_categories:\n  - {id: payments, name: Payment providers}\n")));
    p.add(
        new Plant(
            "register-uncovered-entry",
            NORDLICHT,
            "a recipient category that no activity covers",
            s ->
                s.replace(
                    "recipient_categories:\n",
                    "recipient_categories:\n  - id: analytics\n    name: Analytics provider\n")));
    p.add(
        new Plant(
            "register-not-in-notice",
            QUCIT,
            "a data category the text never shows, used by an activity",
            s ->
                s.replace(
                        "data_categories:\n",
                        "data_categories:\n  - {id: geolocation, name: Geolocation, items: [GPS"
                            + " position]}\n")
                    .replace(
                        "data_categories: [browsing, cookies, preferences-traffic]",
                        "data_categories: [browsing, cookies, preferences-traffic, geolocation]")));
    p.add(
        new Plant(
            "register-not-in-notice",
            NORDLICHT,
            "a data category added to the newsletter but not to the list in the text",
            s ->
                s.replace(
                        "data_categories:\n",
                        "data_categories:\n  - {id: phone, name: Mobile phone number}\n")
                    .replace(
                        "      list: data-categories\n",
                        "      list: data-categories\n      only: [contact, billing, ip-logs]\n")
                    .replace(
                        "data_categories: [contact]\n    data_subjects: [subscribers]",
                        "data_categories: [contact, phone]\n    data_subjects: [subscribers]")));
    p.add(
        new Plant(
            "register-processor-controller",
            NORDLICHT,
            "the controller of the processor activity removed",
            s -> s.replaceFirst("\n    controller: each Customer, for[^\n]*", "")));
    // suppress
    p.add(
        new Plant(
            "register-processor-controller",
            QUCIT,
            "a second processor activity that names no controller",
            s ->
                s.replace(
                    "processor_activities:\n",
                    "processor_activities:\n  - id: customer-support-access\n    name: Support"
                        + " access to Customer Data\n    processing: [reading the Content a Customer"
                        + " shows to the support service]\n")));
    p.add(
        new Plant(
            "suppress-invalid",
            QUCIT,
            "a suppression comment without a reason",
            s ->
                s.replace(
                    "      - id: duration\n",
                    "      - id: duration\n        # policy-lint-disable-next-line"
                        + " xref-literal-number\n")));
    p.add(
        new Plant(
            "suppress-invalid",
            NORDLICHT,
            "a suppression comment naming an unknown rule",
            s ->
                s.replace(
                    "  - id: security\n",
                    "  - id: security\n    # policy-lint-disable-next-line prose-heading -- short"
                        + " title\n")));
    p.add(
        new Plant(
            "suppress-unused",
            QUCIT,
            "a suppression with a reason that suppresses nothing",
            s ->
                s.replace(
                    "      - id: duration\n",
                    "      - id: duration\n        # policy-lint-disable-next-line"
                        + " prose-heading-run-in -- kept as published\n")));
    p.add(
        new Plant(
            "suppress-unused",
            NORDLICHT,
            "a suppression with a reason that suppresses nothing",
            s ->
                s.replace(
                    "  - id: security\n",
                    "  - id: security\n    # policy-lint-disable-next-line prose-heading-run-in --"
                        + " a short title\n")));
    return p;
  }

  private static String awsInUs(String s) {
    return s.replace(
        "    role: processor\n    country: IE\n", "    role: processor\n    country: US\n");
  }

  @Test
  void everyRuleHasAPlantedDefect() {
    Set<String> planted = new TreeSet<>();
    planted().forEach(p -> planted.add(p.ruleId()));
    List<String> missing = new ArrayList<>();
    for (Rule rule : RuleRegistry.builtIn()) {
      RuleMeta m = rule.meta();
      if (!NOT_PLANTED.containsKey(m.family()) && !planted.contains(m.id())) missing.add(m.id());
    }
    assertEquals(
        List.of(),
        missing,
        "these rules have no planted defect in RecallPrecisionTest.planted(); add one (a change to"
            + " a clean policy that the rule must find), or list the family in NOT_PLANTED with the"
            + " reason");
    Set<String> known = new TreeSet<>();
    RuleRegistry.builtIn().forEach(r -> known.add(r.meta().id()));
    assertTrue(known.containsAll(planted), "planted for rules that do not exist: " + planted);
  }

  @Test
  void everyPlantedDefectIsFoundAndNoCleanPolicyHasAnError(@TempDir Path tmp) throws IOException {
    Map<Clean, List<Finding>> cleanRuns = new LinkedHashMap<>();
    Map<Clean, String> cleanTexts = new HashMap<>();
    int n = 0;
    for (Clean c : CLEAN) {
      cleanTexts.put(c, c.text());
      cleanRuns.put(c, lint(tmp.resolve("run-" + n++), c, c.text()));
    }

    Map<String, int[]> byFamily = new TreeMap<>(); // family -> {planted, found}
    List<String> missed = new ArrayList<>();
    for (Plant p : planted()) {
      String clean = cleanTexts.get(p.into());
      String text = p.change().apply(clean);
      assertNotEquals(
          clean, text, p.ruleId() + " in " + p.into().name() + ": the change did not apply");
      List<Finding> after = lint(tmp.resolve("run-" + n++), p.into(), text);
      boolean found = hasNewFinding(p.ruleId(), cleanRuns.get(p.into()), after);
      int[] counts = byFamily.computeIfAbsent(family(p.ruleId()), f -> new int[2]);
      counts[0]++;
      if (found) counts[1]++;
      else missed.add(p.ruleId() + " in " + p.into().name() + " (" + p.what() + ")");
    }

    System.out.println(table(byFamily, cleanRuns));
    assertEquals(List.of(), missed, "planted defects not found");
    List<String> falseErrors = new ArrayList<>();
    cleanRuns.forEach(
        (c, findings) ->
            findings.stream()
                .filter(f -> f.severity() == Severity.ERROR)
                .forEach(f -> falseErrors.add(c.name() + ": " + f.format())));
    assertEquals(List.of(), falseErrors, "errors on a clean policy");
    List<String> unexplained =
        cleanRuns.get(NORDLICHT).stream()
            .filter(f -> f.severity() == Severity.WARNING)
            .filter(f -> !NORDLICHT_ACCEPTED.containsKey(f.ruleId()))
            .map(Finding::format)
            .toList();
    assertEquals(
        List.of(),
        unexplained,
        "warnings on the fictional clean policy: fix the policy, or accept the rule in"
            + " NORDLICHT_ACCEPTED with the reason");
  }

  /**
   * Whether the planted copy has a finding of the rule that the clean run has not. Findings are
   * compared by rule and message, counted, so that a finding of the clean version that the planted
   * line merely moved does not count as found.
   */
  private static boolean hasNewFinding(String ruleId, List<Finding> clean, List<Finding> after) {
    Map<String, Integer> before = new HashMap<>();
    clean.stream()
        .filter(f -> f.ruleId().equals(ruleId))
        .forEach(f -> before.merge(f.message(), 1, Integer::sum));
    for (Finding f : after) {
      if (!f.ruleId().equals(ruleId)) continue;
      if (before.merge(f.message(), -1, Integer::sum) < 0) return true;
    }
    return false;
  }

  private static String table(Map<String, int[]> byFamily, Map<Clean, List<Finding>> cleanRuns) {
    StringBuilder out = new StringBuilder("\nRecall and false findings of the lint rules\n");
    out.append(String.format("%-10s %7s %6s", "family", "planted", "found"));
    for (Clean c : cleanRuns.keySet()) {
      out.append(String.format("  %-18s", c.name() + " E/W/I"));
    }
    out.append('\n');
    int planted = 0;
    int found = 0;
    Set<String> families = new TreeSet<>(byFamily.keySet());
    cleanRuns.values().forEach(l -> l.forEach(f -> families.add(family(f.ruleId()))));
    for (String family : families) {
      int[] counts = byFamily.getOrDefault(family, new int[2]);
      planted += counts[0];
      found += counts[1];
      out.append(String.format("%-10s %7d %6d", family, counts[0], counts[1]));
      for (List<Finding> findings : cleanRuns.values()) {
        out.append(String.format("  %-18s", severities(findings, family)));
      }
      out.append('\n');
    }
    out.append(String.format("%-10s %7d %6d", "total", planted, found));
    for (List<Finding> findings : cleanRuns.values()) {
      out.append(String.format("  %-18s", severities(findings, null)));
    }
    out.append('\n');
    cleanRuns.forEach(
        (c, findings) ->
            findings.forEach(
                f -> out.append(c.name()).append(": ").append(f.format()).append('\n')));
    return out.toString();
  }

  private static String severities(List<Finding> findings, String family) {
    int[] n = new int[3];
    for (Finding f : findings) {
      if (family != null && !family(f.ruleId()).equals(family)) continue;
      n[f.severity().ordinal()]++;
    }
    return n[0] + "/" + n[1] + "/" + n[2];
  }

  private static String family(String ruleId) {
    return RuleRegistry.find(ruleId).map(r -> r.meta().family()).orElse(ruleId.split("-")[0]);
  }

  private static final Pattern VERSION = Pattern.compile("(?m)^version: (\\S+)$");

  private static List<Finding> lint(Path root, Clean policy, String text) throws IOException {
    String name = policy.folder().getFileName().toString();
    Path versions = Files.createDirectories(root.resolve(name + "/versions"));
    Files.copy(policy.folder().resolve("policy.yaml"), root.resolve(name + "/policy.yaml"));
    Matcher version = VERSION.matcher(text);
    assertTrue(version.find(), "no version: line");
    Files.writeString(versions.resolve(version.group(1) + ".yaml"), text, StandardCharsets.UTF_8);
    // the lock's entry for the clean version only: the other versions are not copied, and a
    // lock entry whose file is missing is a finding of its own
    Path lock = policy.folder().resolve("versions.lock");
    if (Files.exists(lock)) {
      List<String> entries =
          Files.readAllLines(lock, StandardCharsets.UTF_8).stream()
              .filter(l -> l.startsWith("#") || l.startsWith(policy.version() + " "))
              .toList();
      Files.write(root.resolve(name + "/versions.lock"), entries, StandardCharsets.UTF_8);
    }
    LintReport report = Linter.builder().displayRoot(root).build().lint(root);
    assertTrue(report.unreadable().isEmpty(), "the copy must load: " + report.findings());
    return report.findings();
  }
}
