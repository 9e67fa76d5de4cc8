package dev.policyascode.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.policyascode.diagnostics.Finding;
import dev.policyascode.diagnostics.Position;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A finding about a value is at that value's line and column, in the file where it is written: a
 * mapping value, an item of a list, a field of policy.yaml, the text of a block. Each expected
 * place is found in the file's text, so the tests say what they point at.
 */
class FindingPositionsTest {

  private static final String POLICY_FILE = "example/policy.yaml";
  private static final String VERSION_FILE = "example/versions/2024-01-01.yaml";

  private static final String POLICY =
      """
      format: 1
      id: example
      title: Privacy Policy
      controller:
        name: Example SAS
        email: privacy@example.com
        country: FR
      languages: [en]
      """;

  private static final String HEAD =
      """
      format: 1
      version: 2024-01-01
      effective: 2024-01-01
      status: draft
      """;

  private static final String SECTIONS =
      """
      sections:
        - {id: data, title: Data, body: We keep invoices and send orders.}
      """;

  @TempDir Path dir;

  @Test
  void aMappingValue() throws IOException {
    String version =
        HEAD
            + """
            retention:
              - id: keep-invoices
                period: P100Y
                from: the end of the financial year
                statement: We keep invoices for {period} after {from}.
            """
            + SECTIONS;

    List<Finding> found = lint(POLICY, version, "retention-implausible-period");

    assertEquals(List.of(at(VERSION_FILE, version, "P100Y", 0)), places(found));
  }

  @Test
  void aSequenceItem() throws IOException {
    String version =
        HEAD
            + """
            data_subjects:
              - {id: customers, name: Customers}
            data_categories:
              - {id: orders, name: Orders}
            activities:
              - id: orders
                name: Orders
                purposes:
                  - deliver the orders
                  - TBD
                legal_basis: contract
                data_categories: [orders]
                data_subjects: [customers]
            """
            + SECTIONS;

    List<Finding> found = lint(POLICY, version, "prose-placeholder");

    assertEquals(List.of(at(VERSION_FILE, version, "TBD", 0)), places(found));
  }

  @Test
  void aWordInsideAQuotedValue() throws IOException {
    String version =
        HEAD
            + """
            definitions:
              - id: data
                term: "Personal Data (TBC)"
                meaning: any information relating to an identified person.
            """
            + SECTIONS;

    List<Finding> found = lint(POLICY, version, "prose-placeholder");

    assertEquals(List.of(at(VERSION_FILE, version, "TBC", 0)), places(found));
  }

  @Test
  void aFieldOfPolicyYamlFromEveryVersionOnce() throws IOException {
    String policy = POLICY.replace("  email: privacy@example.com\n", "");
    String version =
        HEAD
            + """
            data_subjects:
              - {id: customers, name: Customers}
            data_categories:
              - {id: orders, name: Orders}
            activities:
              - id: orders
                name: Orders
                purposes: [deliver the orders]
                legal_basis: contract
                data_categories: [orders]
                data_subjects: [customers]
            """
            + SECTIONS;
    String second = version.replace("2024-01-01", "2024-06-01");
    Files.createDirectories(dir.resolve("example/versions"));
    Files.writeString(dir.resolve("example/versions/2024-06-01.yaml"), second);

    List<Finding> about =
        lint(policy, version, "notice-missing-item").stream()
            .filter(f -> f.message().startsWith("Art. 13(1)(a) "))
            .toList();

    // The controller is in policy.yaml: both versions lack its address, and it is one finding.
    assertEquals(List.of(at(POLICY_FILE, policy, "name: Example SAS", 0)), places(about));
  }

  @Test
  void theDpoOfPolicyYaml() throws IOException {
    // issue 17: a finding about the DPO's contact is about policy.yaml, not the version's line 1
    String policy =
        POLICY.replace("languages:", "dpo:\n  name: Our DPO\n  country: FR\nlanguages:");
    String version =
        HEAD
            + """
            data_subjects:
              - {id: customers, name: Customers}
            data_categories:
              - {id: orders, name: Orders}
            activities:
              - id: orders
                name: Orders
                purposes: [deliver the orders]
                legal_basis: contract
                data_categories: [orders]
                data_subjects: [customers]
            """
            + SECTIONS;

    List<Finding> about =
        lint(policy, version, "notice-missing-item").stream()
            .filter(f -> f.message().startsWith("Art. 13(1)(b) "))
            .toList();

    assertEquals(List.of(at(POLICY_FILE, policy, "name: Our DPO", 0)), places(about));
  }

  @Test
  void theTextOfABlock() throws IOException {
    String version =
        HEAD
            + """
            retention:
              - id: keep-invoices
                period: P10Y
                from: the end of the financial year
                statement: |
                  We keep invoices for ten years.
            """
            + SECTIONS;

    List<Finding> found = lint(POLICY, version, "schema-retention-statement");

    assertEquals(List.of(at(VERSION_FILE, version, "We keep invoices for ten", 0)), places(found));
  }

  @Test
  void theEffectiveDateOfAVersion() throws IOException {
    String version = HEAD + SECTIONS;
    String second = version.replace("version: 2024-01-01", "version: 2024-06-01");
    Files.createDirectories(dir.resolve("example/versions"));
    Files.writeString(dir.resolve("example/versions/2024-06-01.yaml"), second);

    List<Finding> found = lint(POLICY, version, "versions-effective-order");

    // the second version takes effect on the same day: its date, not its key, is at fault
    String other = "example/versions/2024-06-01.yaml";
    assertEquals(List.of(at(other, second, "effective: ", "effective: ".length())), places(found));
  }

  /** Lints a policy of one version (and any other version already written) for one rule. */
  private List<Finding> lint(String policy, String version, String rule) throws IOException {
    Files.createDirectories(dir.resolve("example/versions"));
    Files.writeString(dir.resolve(POLICY_FILE), policy, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve(VERSION_FILE), version, StandardCharsets.UTF_8);
    LintReport report = Linter.builder().displayRoot(dir).build().lint(dir);
    return report.findings().stream().filter(f -> f.ruleId().equals(rule)).toList();
  }

  private static List<Position> places(List<Finding> findings) {
    return findings.stream().map(Finding::at).toList();
  }

  /** Where {@code piece} is written in {@code text}, plus {@code shift} columns. */
  private static Position at(String file, String text, String piece, int shift) {
    int offset = text.indexOf(piece);
    if (offset < 0) throw new IllegalArgumentException(piece + " is not in the text");
    int lineStart = text.lastIndexOf('\n', offset - 1) + 1;
    int line = (int) text.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
    return new Position(file, line, offset - lineStart + 1 + shift);
  }
}
