package dev.policyascode.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import dev.policyascode.diagnostics.Finding;
import dev.policyascode.diagnostics.Severity;
import dev.policyascode.lint.LintReport;
import dev.policyascode.lint.Linter;
import dev.policyascode.render.SiteRenderer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One import, then one render: the words of the rendered Markdown and of the HTML page's text, each
 * against the source's words. The output must load and lint without an error of the format.
 */
final class RoundTrip {

  /** The outcome: the source's word count, and the words that differ, in Markdown and HTML. */
  record Outcome(int words, int markdownDifferences, int htmlDifferences, String firstDifference) {
    int differences() {
      return markdownDifferences + htmlDifferences;
    }
  }

  private RoundTrip() {}

  static Outcome run(
      Path source, ImportFormat format, List<String> sourceWords, Path work, Optional<String> sel)
      throws IOException, ImportException {
    Path policies = work.resolve("policies");
    Importer.Request request =
        new Importer.Request(
            source,
            Optional.of(format),
            "imported",
            "2024-01-01",
            LocalDate.parse("2024-01-01"),
            sel,
            "en");
    Importer.run(request, policies);
    LintReport report = Linter.builder().displayRoot(work).build().lint(policies);
    List<Finding> errors =
        report.findings().stream()
            .filter(f -> f.ruleId().startsWith("schema-") && f.severity() == Severity.ERROR)
            .toList();
    assertEquals(List.of(), errors, "the imported files must load: " + source);
    Path site = work.resolve("site");
    SiteRenderer.builder().includeDrafts(true).build().render(report.policies(), site);
    Path page = site.resolve("imported/2024-01-01");
    List<String> md = Words.ofMarkdown(Files.readString(page.resolve("index.md")), true);
    List<String> html = Words.ofHtmlPage(Files.readString(page.resolve("index.html")));
    String first = firstDifference(sourceWords, md, "Markdown");
    if (first.isEmpty()) first = firstDifference(sourceWords, html, "HTML");
    return new Outcome(
        sourceWords.size(), differences(sourceWords, md), differences(sourceWords, html), first);
  }

  /** Words deleted, inserted or changed: the larger side of each difference. */
  static int differences(List<String> source, List<String> rendered) {
    int n = 0;
    for (AbstractDelta<String> d : DiffUtils.diff(source, rendered).getDeltas()) {
      n += Math.max(d.getSource().size(), d.getTarget().size());
    }
    return n;
  }

  private static String firstDifference(List<String> source, List<String> rendered, String what) {
    List<AbstractDelta<String>> deltas = DiffUtils.diff(source, rendered).getDeltas();
    if (deltas.isEmpty()) return "";
    AbstractDelta<String> d = deltas.get(0);
    int at = d.getSource().getPosition();
    List<String> before = source.subList(Math.max(0, at - 6), at);
    return what
        + " after "
        + before
        + ": source "
        + d.getSource().getLines()
        + ", rendered "
        + d.getTarget().getLines();
  }
}
