package dev.policyascode.site;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policyascode.lint.LintReport;
import dev.policyascode.lint.Linter;
import dev.policyascode.render.MarkdownFlavour;
import dev.policyascode.render.SiteRenderer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

/**
 * The Markdown pages built into a site by Debian's Hugo and Jekyll, laid out as the README's
 * "Publishing" says: each page Hugo or Jekyll writes keeps the headings, section ids, in-page links
 * and words of the plugin's own HTML page of the same version (checked in Chromium by the other
 * tests), and text that holds template delimiters neither runs nor shows an escape.
 */
class SiteGeneratorIT {

  /** The flagship's policies, as the build of policies/ renders them. */
  static final Path FLAGSHIP = Path.of("../policies");

  @TempDir Path scratch;

  @Test
  void hugoKeepsTheFlagship() throws IOException {
    SiteGenerators.assumeInstalled("hugo");
    Path policy = render(FLAGSHIP, MarkdownFlavour.HUGO).resolve("qucit-privacy");
    SiteCheck.samePages(policy, SiteGenerators.hugo(policy, scratch));
  }

  @Test
  void hugoKeepsHostileText() throws IOException {
    SiteGenerators.assumeInstalled("hugo");
    Path policy = render(HostilePolicy.write(scratch), MarkdownFlavour.HUGO).resolve("p");
    Path built = SiteGenerators.hugo(policy, scratch);
    SiteCheck.samePages(policy, built);
    SiteCheck.hostileWordsShown(built);
  }

  @Test
  void jekyllKeepsTheFlagship() throws IOException {
    SiteGenerators.assumeInstalled("jekyll");
    Path policy = render(FLAGSHIP, MarkdownFlavour.JEKYLL).resolve("qucit-privacy");
    SiteCheck.samePages(policy, SiteGenerators.jekyll(policy, scratch));
  }

  @Test
  void jekyllKeepsHostileText() throws IOException {
    SiteGenerators.assumeInstalled("jekyll");
    Path policy = render(HostilePolicy.write(scratch), MarkdownFlavour.JEKYLL).resolve("p");
    Path built = SiteGenerators.jekyll(policy, scratch);
    SiteCheck.samePages(policy, built);
    SiteCheck.hostileWordsShown(built);
  }

  /** Kramdown keeps raw HTML, so the default (GitHub) pages the build publishes work in Jekyll. */
  @Test
  void jekyllTakesThePublishedFlagshipAsItIs() throws IOException {
    SiteGenerators.assumeInstalled("jekyll");
    Path outputs = Path.of(System.getProperty("site.outputs", "../policies/target"));
    Path policy = outputs.resolve("policy-site/qucit-privacy");
    assertTrue(Files.isDirectory(policy), policy + " does not exist: build policies/ first");
    SiteCheck.samePages(policy, SiteGenerators.jekyll(policy, scratch));
  }

  /** The check sees a broken anchor: it is not green by construction. */
  @Test
  void aPlantedBrokenAnchorFails() throws IOException {
    SiteGenerators.assumeInstalled("hugo");
    Path policy = render(FLAGSHIP, MarkdownFlavour.HUGO).resolve("qucit-privacy");
    Path page = policy.resolve("index.md");
    String md = Files.readString(page);
    assertTrue(md.contains("{#duration}"), "the flagship has a section 'duration'");
    Files.writeString(page, md.replace("{#duration}", "{#duration-planted}"));
    Path built = SiteGenerators.hugo(policy, scratch);
    AssertionFailedError e =
        assertThrows(AssertionFailedError.class, () -> SiteCheck.samePages(policy, built));
    assertTrue(e.getMessage().contains("duration"), e.getMessage());
  }

  private Path render(Path policies, MarkdownFlavour flavour) throws IOException {
    LintReport report = Linter.builder().displayRoot(policies).build().lint(policies);
    assertFalse(report.policies().isEmpty(), "no policy loaded from " + policies);
    Path out = Files.createTempDirectory(scratch, "rendered-");
    Files.delete(out);
    SiteRenderer.builder().markdownFlavour(flavour).build().render(report.policies(), out);
    return out;
  }
}
