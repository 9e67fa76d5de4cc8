package dev.policyascode.lint.report;

import dev.policyascode.diagnostics.Finding;
import dev.policyascode.diagnostics.Position;
import dev.policyascode.diagnostics.RuleMeta;
import dev.policyascode.diagnostics.Severity;
import dev.policyascode.diagnostics.SourceText;
import dev.policyascode.lint.LintReport;
import dev.policyascode.model.Contact;
import dev.policyascode.model.Policy;
import java.util.List;
import java.util.Optional;

/** Small, readable findings and reports for the tests of this package. */
final class Fixtures {

  static final String V2018 = "policies/qucit-privacy/versions/2018-05-25.yaml";
  static final String V2026 = "policies/qucit-privacy/versions/2026-03-01.yaml";

  static final RuleMeta SECTION_NUMBER =
      new RuleMeta(
          "xref-section-number",
          "xref",
          Severity.ERROR,
          "A section number written in the text that matches no section",
          "Art. 12(1)");
  static final RuleMeta LITERAL_NUMBER =
      new RuleMeta(
          "xref-literal-number",
          "xref",
          Severity.INFO,
          "A section number typed in the text instead of a link to the section's id",
          "Art. 12(1)");
  static final RuleMeta PLACEHOLDER =
      new RuleMeta(
          "prose-placeholder", "prose", Severity.WARNING, "Placeholder text left in", "Art. 12(1)");

  static final List<RuleMeta> RULES = List.of(SECTION_NUMBER, LITERAL_NUMBER, PLACEHOLDER);

  private Fixtures() {}

  static Finding finding(RuleMeta rule, String file, int line, int column, String message) {
    return Finding.of(rule, new Position(file, line, column), message);
  }

  static Finding section42(int line) {
    return finding(SECTION_NUMBER, V2018, line, 5, "There is no section 4.2");
  }

  /** A report without source text: findings are then told apart by rule and file alone. */
  static LintReport report(List<Finding> findings, int files) {
    return report(findings, files, SourceText.empty());
  }

  static LintReport report(List<Finding> findings, SourceText sources) {
    return report(findings, 1, sources);
  }

  private static LintReport report(List<Finding> findings, int files, SourceText sources) {
    return new LintReport(
        List.of(qucit()),
        List.of(),
        findings.stream().sorted().toList(),
        List.of(),
        RULES,
        files,
        sources,
        java.util.Map.of());
  }

  /** {@code lines} as the text of {@link #V2018}, one string per line. */
  static SourceText v2018(String... lines) {
    return SourceText.of(java.util.Map.of(V2018, String.join("\n", lines)));
  }

  static Policy qucit() {
    Position at = Position.startOf("policies/qucit-privacy/policy.yaml");
    Contact controller =
        new Contact(
            "Qucit",
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            at);
    return new Policy(
        "qucit-privacy",
        "Privacy policy",
        controller,
        List.of(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        List.of("en"),
        Optional.empty(),
        at,
        List.of());
  }
}
