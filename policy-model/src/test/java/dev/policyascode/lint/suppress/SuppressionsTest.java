package dev.policyascode.lint.suppress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policyascode.diagnostics.Finding;
import dev.policyascode.diagnostics.Suppressed;
import dev.policyascode.lint.LintReport;
import dev.policyascode.lint.Linter;
import dev.policyascode.lint.RuleSetting;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Suppression comments as the linter applies them to a real policy folder. */
class SuppressionsTest {

  private static final String FILE = "p/example/versions/2024-01-01.yaml";

  @TempDir Path dir;

  private LintReport lint(String sections, Linter.Builder linter) throws Exception {
    Files.createDirectories(dir.resolve(FILE).getParent());
    Files.writeString(
        dir.resolve("p/example/policy.yaml"),
        "format: 1\nid: example\ntitle: Privacy Policy\n"
            + "controller:\n  name: Example SAS\n  country: FR\nlanguages: [en]\n");
    Files.writeString(
        dir.resolve(FILE),
        "format: 1\nversion: 2024-01-01\neffective: 2024-01-01\nstatus: draft\nsections:\n"
            + sections);
    return linter.displayRoot(dir).build().lint(dir.resolve("p"));
  }

  private LintReport lint(String sections) throws Exception {
    return lint(sections, Linter.builder());
  }

  private static List<String> formatted(List<Finding> findings) {
    return findings.stream().map(Finding::format).toList();
  }

  @Test
  void aCommentBeforeALiteralBlockCoversEveryLineOfIt() throws Exception {
    LintReport report =
        lint(
            """
              - id: one
                title: One
                # policy-lint-disable-next-line xref-section-number -- as published
                body: |
                  First paragraph.

                  See section 9.
            """);

    assertEquals(List.of(), formatted(report.findings()));
    Suppressed s = report.suppressed().get(0);
    assertEquals(FILE + ":12:11", s.finding().at().toString());
    assertEquals("as published", s.reason());
    assertEquals(FILE + ":8:5", s.comment().toString());
  }

  @Test
  void aCommentCoversOnlyItsLineAndOnlyItsRules() throws Exception {
    LintReport report =
        lint(
            """
              - id: one
                title: One
                body: See section 9.  # policy-lint-disable-line xref-gdpr-article -- other rule
              - id: two
                title: Two  # policy-lint-disable-line xref-section-number -- wrong line
                body: See section 8.
            """);

    List<String> rules = report.findings().stream().map(Finding::ruleId).toList();
    assertEquals(
        List.of("xref-section-number", "suppress-unused", "suppress-unused", "xref-section-number"),
        rules);
    assertEquals(List.of(), report.suppressed());
  }

  @Test
  void aMisspeltRuleIsAnErrorWithTheNearestId() throws Exception {
    LintReport report =
        lint(
            """
              - id: one
                title: One
                body: See section 9.  # policy-lint-disable-line xref-section-numbr -- typo
            """);

    assertTrue(
        formatted(report.findings())
            .contains(
                FILE
                    + ":8:27: error: there is no rule 'xref-section-numbr' to suppress; write a rule"
                    + " id from the finding, the word in [brackets]. Did you mean"
                    + " 'xref-section-number'? [suppress-invalid]"),
        formatted(report.findings()).toString());
  }

  @Test
  void aLoaderRuleCannotBeSuppressed() throws Exception {
    LintReport report =
        lint(
            """
              - id: one
                title: One  # policy-lint-disable-line schema-unknown-key -- no
            """);

    assertTrue(
        report.findings().get(0).message().startsWith("'schema-unknown-key' cannot be suppressed"));
  }

  @Test
  void theLockOfPublishedVersionsCannotBeSuppressed() throws Exception {
    LintReport report =
        lint(
            """
              - id: one
                title: One  # policy-lint-disable-line versions-changed -- edited on purpose
            """);

    assertTrue(
        report.findings().get(0).message().startsWith("'versions-changed' cannot be suppressed"),
        formatted(report.findings()).toString());
  }

  @Test
  void aCommentForARuleSwitchedOffIsNotUnused() throws Exception {
    LintReport report =
        lint(
            """
              - id: one
                title: One
                body: See section 9.  # policy-lint-disable-line xref-section-number -- as published
            """,
            Linter.builder().rule("xref-section-number", RuleSetting.OFF));

    assertEquals(List.of(), formatted(report.findings()));
  }
}
