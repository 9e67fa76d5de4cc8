package dev.policyascode.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.policyascode.diagnostics.Finding;
import dev.policyascode.diagnostics.Severity;
import dev.policyascode.lint.LintReport;
import dev.policyascode.lint.Linter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A notice with cookies (a session cookie, the cookie that keeps the choice, local storage, a third
 * party's tracker) and retention periods that are events or criteria: it passes the default build,
 * and its text, with the cookie table and the periods in words, is compared byte for byte with the
 * approved file under src/test/resources/golden-cookies. Only the text is compared, not the page
 * around it, which other tests own. After an intended change, run with {@code -Dgolden.update=true}
 * and review the diff.
 */
class CookieTableGoldenTest {

  static final Path POLICIES = Path.of("src/test/resources/cookies");
  static final Path GOLDEN = Path.of("src/test/resources/golden-cookies/index.md");

  @TempDir Path out;

  @Test
  void aCorrectNoticeWithCookiesAndEventsPassesTheDefaultBuild() {
    LintReport report = Linter.builder().displayRoot(POLICIES).build().lint(POLICIES);
    List<String> errors =
        report.findings().stream()
            .filter(f -> f.severity() == Severity.ERROR)
            .map(Finding::toString)
            .toList();
    assertEquals(List.of(), errors);
  }

  @Test
  void theCookieTableAndThePeriodsRenderAsApproved() throws IOException {
    LintReport report = Linter.builder().displayRoot(POLICIES).build().lint(POLICIES);
    SiteRenderer.builder().includeDrafts(true).build().render(report.policies(), out);
    String rendered =
        Files.readString(
            out.resolve("nordlicht-privacy/2026-06-01/index.md"), StandardCharsets.UTF_8);
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(GOLDEN.getParent());
      Files.writeString(GOLDEN, rendered, StandardCharsets.UTF_8);
    }
    assertEquals(
        Files.readString(GOLDEN, StandardCharsets.UTF_8),
        rendered,
        "the rendered text differs from the approved one; if the change is intended, run with"
            + " -Dgolden.update=true and review the diff");
  }
}
