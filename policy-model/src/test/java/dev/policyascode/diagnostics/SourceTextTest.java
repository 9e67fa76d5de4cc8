package dev.policyascode.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.policyascode.lint.LintReport;
import dev.policyascode.lint.Linter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceTextTest {

  @TempDir Path dir;

  @Test
  void keepsTheLinesOfFindingsAndEmptiesTheOthers() throws Exception {
    Files.writeString(dir.resolve("a.yaml"), "one\ntwo\nthree\n");

    SourceText text =
        SourceText.read(dir, List.of("a.yaml"), Map.of("a.yaml", Set.of(2)), t -> false);

    assertEquals("", text.line("a.yaml", 1));
    assertEquals("two", text.line("a.yaml", 2));
    assertEquals("", text.line("a.yaml", 3));
  }

  @Test
  void keepsAWholeFileWhenAskedSuchAsOneWithSuppressionComments() throws Exception {
    Files.writeString(dir.resolve("a.yaml"), "one\n# policy-lint-disable-next-line x -- y\nthree");

    SourceText text =
        SourceText.read(dir, List.of("a.yaml"), Map.of(), t -> t.contains("policy-lint-"));

    assertEquals("one\n# policy-lint-disable-next-line x -- y\nthree", text.text("a.yaml"));
  }

  @Test
  void aReportHoldsOnlyTheLinesItsFindingsAreOn() throws Exception {
    Path p = dir.resolve("p");
    Files.createDirectories(p.resolve("versions"));
    Files.writeString(
        p.resolve("policy.yaml"),
        "format: 1\nid: p\ntitle: Privacy Policy\ncontroller:\n  name: Example SAS\n"
            + "  country: FR\nlanguages: [en]\n");
    Files.writeString(
        p.resolve("versions/2024-01-01.yaml"),
        "format: 1\nversion: 2024-01-01\neffective: 2024-01-01\nstatus: draft\nsections:\n"
            + "  - id: one\n    title: One\n    body: See section 9.\n");

    LintReport report = Linter.builder().displayRoot(dir).build().lint(dir);

    Finding f =
        report.findings().stream()
            .filter(x -> x.ruleId().equals("xref-section-number"))
            .findFirst()
            .orElseThrow();
    assertEquals("    body: See section 9.", report.sources().line(f.at().file(), f.at().line()));
    assertEquals("", report.sources().line(f.at().file(), 1), "a line without a finding");
  }
}
