package dev.policyascode.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Measured, not asserted: the datamap, retention, transfers and notice rules on the Qucit 2027
 * version (clean of their errors) and on copies of it with one planted defect each. Prints the
 * recall and the false findings; fails unless every planted defect is found and the clean version
 * has no error of these families.
 */
class RecallPrecisionTest {

  static final Path QUCIT =
      Path.of(System.getProperty("basedir", ""))
          .toAbsolutePath()
          .getParent()
          .resolve("policies/qucit-privacy");

  static final Set<String> FAMILIES = Set.of("datamap", "retention", "transfers", "notice");

  /** Each planted defect, by the rule that must find it. */
  static Map<String, UnaryOperator<String>> planted() {
    Map<String, UnaryOperator<String>> p = new LinkedHashMap<>();
    p.put(
        "datamap-unused-category",
        s ->
            s.replace("data_categories:\n", "data_categories:\n  - {id: fax, name: Fax number}\n"));
    p.put(
        "datamap-legitimate-interest",
        s -> s.replaceFirst("\n    legitimate_interest: to facilitate navigation[^\n]*", ""));
    p.put(
        "datamap-consent-withdrawal",
        s -> s.replace("legal_basis: legal-obligation", "legal_basis: consent"));
    p.put("retention-missing", s -> s.replace("    retention: [keep-connection-logs]\n", ""));
    p.put(
        "retention-missing-trigger",
        s -> s.replace("    from: the day the cookie is placed on the device\n", ""));
    p.put("retention-implausible-period", s -> s.replace("period: P10Y", "period: P100Y"));
    p.put(
        "retention-vague",
        s ->
            s.replace(
                "Qucit stores Personal Data in accordance with legal requirements:",
                "Qucit stores Personal Data as long as necessary:"));
    p.put("retention-cookie-lifetime", s -> s.replace("period: P24M", "period: P36M"));
    p.put("transfers-missing-safeguard", RecallPrecisionTest::awsInUs);
    p.put(
        "transfers-within-eea",
        s ->
            s.replace(
                "\nrights:\n",
                "\ntransfers:\n  - {recipient: ovh, country: FR, safeguard: standard-contractual-clauses}\nrights:\n"));
    p.put(
        "transfers-adequacy",
        s ->
            awsInUs(s)
                .replace(
                    "\nrights:\n",
                    "\ntransfers:\n  - {recipient: aws, country: US, safeguard: adequacy-decision, details: certified}\nrights:\n")
                .replace("effective: 2027-01-01", "effective: 2021-01-01")
                .replace("version: 2027-01-01", "version: 2021-01-01"));
    p.put(
        "transfers-adequacy-scope",
        s ->
            awsInUs(s)
                .replace(
                    "\nrights:\n",
                    "\ntransfers:\n  - {recipient: aws, country: US, safeguard: adequacy-decision}\nrights:\n"));
    p.put(
        "transfers-stored-in-eu",
        s ->
            awsInUs(s)
                .replace(
                    "\nrights:\n",
                    "\ntransfers:\n  - {recipient: aws, country: US, safeguard: standard-contractual-clauses, details: on request}\nrights:\n"));
    p.put(
        "notice-missing-item",
        s -> s.replaceFirst("  - right: complaint\n    label: [^\n]*\n", ""));
    return p;
  }

  private static String awsInUs(String s) {
    return s.replace(
        "    role: processor\n    country: IE\n", "    role: processor\n    country: US\n");
  }

  @Test
  void everyPlantedDefectIsFoundAndTheCleanVersionHasNoError(@TempDir Path tmp) throws IOException {
    String clean =
        Files.readString(QUCIT.resolve("versions/2027-01-01.yaml"), StandardCharsets.UTF_8);
    List<Finding> base = lint(tmp.resolve("clean"), "2027-01-01", clean);
    List<Finding> falseErrors =
        base.stream()
            .filter(f -> FAMILIES.contains(f.ruleId().split("-")[0]))
            .filter(f -> f.severity() == Severity.ERROR)
            .toList();
    Set<String> before = base.stream().map(Finding::format).collect(Collectors.toSet());
    List<String> missed = new ArrayList<>();
    Map<String, UnaryOperator<String>> planted = planted();
    int i = 0;
    for (Map.Entry<String, UnaryOperator<String>> e : planted.entrySet()) {
      String text = e.getValue().apply(clean);
      assertTrue(!text.equals(clean), e.getKey() + ": the planted change did not apply");
      String id = text.contains("version: 2021-01-01") ? "2021-01-01" : "2027-01-01";
      boolean found =
          lint(tmp.resolve("planted-" + i++), id, text).stream()
              .filter(f -> f.ruleId().equals(e.getKey()))
              .anyMatch(f -> !before.contains(f.format()));
      if (!found) missed.add(e.getKey());
    }
    System.out.printf(
        "datamap/retention/transfers/notice: recall %d/%d planted defects; %d false errors and"
            + " %d warnings on the clean Qucit 2027 version%n",
        planted.size() - missed.size(),
        planted.size(),
        falseErrors.size(),
        base.stream()
            .filter(f -> FAMILIES.contains(f.ruleId().split("-")[0]))
            .filter(f -> f.severity() == Severity.WARNING)
            .count());
    assertEquals(List.of(), missed, "planted defects not found");
    assertEquals(List.of(), falseErrors.stream().map(Finding::format).toList());
  }

  private static List<Finding> lint(Path root, String version, String text) throws IOException {
    Path versions = Files.createDirectories(root.resolve("qucit-privacy/versions"));
    Files.copy(QUCIT.resolve("policy.yaml"), root.resolve("qucit-privacy/policy.yaml"));
    Files.writeString(versions.resolve(version + ".yaml"), text, StandardCharsets.UTF_8);
    LintReport report = Linter.builder().displayRoot(root).build().lint(root);
    assertTrue(report.unreadable().isEmpty(), "the planted copy must load: " + report.findings());
    return report.findings();
  }
}
