package dev.policyascode.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policyascode.Corpus;
import dev.policyascode.diagnostics.Finding;
import dev.policyascode.diagnostics.Severity;
import dev.policyascode.lint.LintReport;
import dev.policyascode.lint.Linter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The flagship: Qucit's policy of 25 May 2018, transcribed into policies/, must render word for
 * word as published. Compared token by token, punctuation included, with the seed scraped from the
 * web.
 */
class QucitPolicyTest {

  static final Path REPO = Path.of("..").toAbsolutePath().normalize();
  static final Path POLICIES = REPO.resolve("policies");

  /**
   * The project's own copy of the seed, so that the word-for-word test runs on any clone; {@link
   * #theCopyIsTheSeed} checks it against the original where that lies beside the repository.
   */
  static final Path SEED =
      REPO.resolve("policy-model/src/test/resources/seed/privacy-policy-2018-05-25.txt");

  static final Path SHARED_SEED = REPO.resolve("../shared/seed/privacy-policy-2018-05-25.txt");

  @TempDir static Path out;
  static LintReport report;

  @BeforeAll
  static void render() {
    report = Linter.builder().displayRoot(REPO).build().lint(POLICIES);
    // On the day 2027-01-01 takes effect: the page switches to it.
    SiteRenderer.builder()
        .buildDate(LocalDate.of(2027, 1, 1))
        .policiesDir(POLICIES)
        .build()
        .render(report.policies(), out.resolve("site"));
    // The day before: 2018-05-25 is in force, 2027-01-01 announced.
    SiteRenderer.builder()
        .buildDate(LocalDate.of(2026, 12, 31))
        .policiesDir(POLICIES)
        .build()
        .render(report.policies(), out.resolve("before"));
  }

  @Test
  void the2018VersionLoadsWithoutSchemaErrors() {
    List<Finding> schema =
        report.findings().stream().filter(f -> f.ruleId().startsWith("schema-")).toList();
    assertEquals(List.of(), schema, "the transcription must be valid format v1");
    assertEquals(1, report.policies().size());
  }

  @Test
  void renderedMarkdownReadsWordForWordAsPublished() throws IOException {
    List<String> rendered =
        words(markdownText(out.resolve("site/qucit-privacy/2018-05-25/index.md")));
    List<String> seed = words(seedText());
    assertEquals(String.join("\n", seed), String.join("\n", rendered));
  }

  @Test
  void beforeItTakesEffectThePageShowsTheVersionInForceAndAnnouncesTheNewOne() throws IOException {
    String html = Files.readString(out.resolve("before/qucit-privacy/index.html"));
    assertTrue(
        html.contains("<link rel=\"canonical\" href=\"https://qucit.com/privacy/2018-05-25/\">"),
        "the page in force is the 2018 one: " + html);
    assertTrue(
        html.contains(
            "<p class=\"announcement\" role=\"note\"><strong>Change announced.</strong> A new"
                + " version of this policy has been published. It takes effect on <time"
                + " datetime=\"2027-01-01\">1 January 2027</time>. <a href=\"2027-01-01/\">Read the"
                + " new version (2027-01-01)</a> · <a href=\"2027-01-01/changes/\">What"
                + " changes</a></p>"),
        html);
    String md = Files.readString(out.resolve("before/qucit-privacy/index.md"));
    assertTrue(md.contains("version: \"2018-05-25\""), md);
    assertTrue(md.contains("](2027-01-01/changes/)"), md);
    // The permalink of the version in force stays the text as published, without the notice.
    String permalink = Files.readString(out.resolve("before/qucit-privacy/2018-05-25/index.html"));
    assertFalse(permalink.contains("class=\"announcement\""), permalink);
    String announced = Files.readString(out.resolve("before/qucit-privacy/2027-01-01/index.html"));
    assertTrue(
        announced.contains(
            "<p class=\"announced\" role=\"note\">Announced – not yet in force. This version takes"
                + " effect on <time datetime=\"2027-01-01\">1 January 2027</time>; until then, the"
                + " version in force is <a href=\"../2018-05-25/\">Version 2018-05-25</a>.</p>"),
        announced);
    String sitemap = Files.readString(out.resolve("before/qucit-privacy/sitemap.xml"));
    assertTrue(
        sitemap.contains(
            "<url><loc>https://qucit.com/privacy/</loc><lastmod>2018-05-25</lastmod></url>"),
        sitemap);
    assertFalse(sitemap.contains("<lastmod>2027-01-01</lastmod>"), sitemap);
  }

  @Test
  void theFeedAnnouncesOnPublicationAndAgainOnTheEffectiveDate() throws IOException {
    String before = Files.readString(out.resolve("before/qucit-privacy/feed.xml"));
    String on = Files.readString(out.resolve("site/qucit-privacy/feed.xml"));
    String announcement = "<updated>2026-11-27T00:00:00Z</updated>";
    String inForce = "<id>https://qucit.com/privacy/2027-01-01/</id>";
    assertTrue(before.contains(announcement), before);
    assertFalse(before.contains(inForce), "not in force yet: " + before);
    assertTrue(on.contains(announcement) && on.contains(inForce), on);
    // The announcement keeps its id when the version takes effect.
    String id =
        before.replaceFirst("(?s).*<entry>\n<id>([^<]+)</id>\n<title>Change announced.*", "$1");
    assertTrue(id.startsWith("urn:uuid:") && on.contains("<id>" + id + "</id>"), id);
  }

  @Test
  void latestPageIsThePublishedVersion() throws IOException {
    String latest = Files.readString(out.resolve("site/qucit-privacy/index.md"));
    // On its effective date, the version in force is 2027-01-01, which corrects the 2018 one.
    String permalink = Files.readString(out.resolve("site/qucit-privacy/2027-01-01/index.md"));
    assertEquals(permalink, latest, "the latest page is the same page as its permalink");
    String html = Files.readString(out.resolve("site/qucit-privacy/index.html"));
    assertTrue(
        html.contains("<link rel=\"canonical\" href=\"https://qucit.com/privacy/2027-01-01/\">"),
        html);
  }

  @Test
  void theTwoBrokenReferencesAreReportedWhereTheyAreWritten() throws IOException {
    List<Finding> broken =
        report.findings().stream().filter(f -> f.ruleId().equals("xref-section-number")).toList();
    assertEquals(2, broken.size(), broken.toString());
    List<String> lines =
        Files.readAllLines(POLICIES.resolve("qucit-privacy/versions/2018-05-25.yaml"));
    String first = lines.get(broken.get(0).at().line() - 1);
    String second = lines.get(broken.get(1).at().line() - 1);
    assertTrue(first.startsWith("section 4.2", broken.get(0).at().column() - 1), first);
    assertTrue(second.startsWith("Article 4.1", broken.get(1).at().column() - 1), second);
    assertEquals(Severity.ERROR, broken.get(0).severity());
  }

  @Test
  void theCopyIsTheSeed() throws IOException {
    assertTrue(Files.isRegularFile(SEED), "the project's copy of the seed is missing: " + SEED);
    Corpus.require(SHARED_SEED, "the original seed");
    assertEquals(
        Files.readString(SHARED_SEED, StandardCharsets.UTF_8),
        Files.readString(SEED, StandardCharsets.UTF_8),
        "the copy in the test resources differs from " + SHARED_SEED);
  }

  /**
   * The published text: the scrape less its last two lines, which are the website's, not the
   * policy's.
   */
  static String seedText() throws IOException {
    List<String> lines = Files.readAllLines(SEED, StandardCharsets.UTF_8);
    return String.join("\n", lines.subList(0, lines.size() - 2));
  }

  /** What a reader of the rendered Markdown sees: its text, without front matter and markup. */
  static String markdownText(Path file) throws IOException {
    String md = Files.readString(file, StandardCharsets.UTF_8);
    if (md.startsWith("---\n")) md = md.substring(md.indexOf("\n---\n", 4) + 5);
    Node doc = Parser.builder().build().parse(md);
    StringBuilder sb = new StringBuilder();
    doc.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Text text) {
            sb.append(text.getLiteral());
          }

          @Override
          public void visit(Code code) {
            sb.append(code.getLiteral());
          }

          @Override
          public void visit(SoftLineBreak br) {
            sb.append(' ');
          }

          @Override
          public void visit(HardLineBreak br) {
            sb.append('\n');
          }

          @Override
          public void visit(org.commonmark.node.Paragraph p) {
            sb.append('\n');
            visitChildren(p);
            sb.append('\n');
          }

          @Override
          public void visit(org.commonmark.node.Heading h) {
            sb.append('\n');
            visitChildren(h);
            sb.append('\n');
          }
        });
    return sb.toString();
  }

  /**
   * Whitespace-separated tokens, punctuation kept. Two things are not words: the bullets of the
   * scraped list items, and the trailing period of a section number, which the seed writes unevenly
   * ("5.1 Security" but "5.3. Account cancellation") and the renderer computes.
   */
  static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    for (String w : text.split("[\\s\\u00A0]+")) {
      if (w.isEmpty() || w.equals("•")) continue;
      words.add(w.matches("\\d+(\\.\\d+)*\\.") ? w.substring(0, w.length() - 1) : w);
    }
    return words;
  }
}
