package dev.policyascode.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import dev.policyascode.lint.LintReport;
import dev.policyascode.lint.Linter;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The site of a policy with history (src/test/resources/history/sample-privacy: two published
 * versions and a draft): the archive, previous and next links, the changes pages and the Atom feed.
 */
class VersionHistoryTest {

  static final Path HISTORY = Path.of("src/test/resources/history").toAbsolutePath();
  static final String ATOM = "http://www.w3.org/2005/Atom";

  @TempDir Path out;

  /** The history folder linted, as the render tests of this package start from it. */
  static LintReport lint() {
    return Linter.builder().displayRoot(HISTORY).build().lint(HISTORY);
  }

  private RenderResult render(boolean drafts) {
    return SiteRenderer.builder().includeDrafts(drafts).build().render(lint().policies(), out);
  }

  private String read(String name) throws Exception {
    return Files.readString(out.resolve(name), StandardCharsets.UTF_8);
  }

  @Test
  void theHistoryLintsWithoutErrors() {
    assertEquals(
        List.of(),
        lint().findings().stream()
            .filter(f -> f.severity() == dev.policyascode.diagnostics.Severity.ERROR)
            .map(f -> f.format())
            .toList());
  }

  @Test
  void publishedSiteHasArchiveChangesAndFeedButNoDraft() throws Exception {
    RenderResult r = render(false);
    assertEquals(
        List.of(
            "sample-privacy/2024-01-01/index.html",
            "sample-privacy/2024-01-01/index.md",
            "sample-privacy/2025-01-01/index.html",
            "sample-privacy/2025-01-01/index.md",
            "sample-privacy/index.html",
            "sample-privacy/index.md",
            "sample-privacy/2024-01-01/fragment.html",
            "sample-privacy/2025-01-01/fragment.html",
            "sample-privacy/fragment.html",
            "sample-privacy/archive/index.html",
            "sample-privacy/archive/index.md",
            "sample-privacy/2025-01-01/changes/index.html",
            "sample-privacy/feed.xml"),
        r.files());
    String first = read("sample-privacy/2024-01-01/index.html");
    assertTrue(first.contains("<a href=\"../archive/\">All versions</a>"), first);
    assertTrue(
        first.contains("<a rel=\"next\" href=\"../2025-01-01/\">Next version (2025-01-01)</a>"));
    assertFalse(first.contains("rel=\"prev\""));
    String second = read("sample-privacy/2025-01-01/index.html");
    assertTrue(
        second.contains(
            "<a rel=\"prev\" href=\"../2024-01-01/\">Previous version (2024-01-01)</a>"));
    assertTrue(second.contains("<a href=\"../2025-01-01/changes/\">What changed</a>"), second);
    assertFalse(second.contains("2026-01-01"), "a draft is never linked unless asked for");
    String latest = read("sample-privacy/index.html");
    assertTrue(latest.contains("<a href=\"2025-01-01/changes/\">What changed</a>"));
    assertTrue(latest.contains("<a href=\"archive/\">All versions</a>"));
    String md = read("sample-privacy/2025-01-01/index.md");
    assertTrue(md.contains("\nprevious_version: \"2024-01-01\"\n"), md);
    assertFalse(md.contains("\nnext_version:"), md);

    String archive = read("sample-privacy/archive/index.html");
    assertTrue(archive.indexOf("Version 2025-01-01") < archive.indexOf("Version 2024-01-01"));
    assertTrue(archive.contains("<time datetime=\"2025-01-01\">1 January 2025</time>"));
    assertTrue(archive.contains("Prospect data is kept 2 years instead of 3"));
    assertTrue(archive.contains("<a href=\"../2025-01-01/changes/\">What changed</a>"));
  }

  @Test
  void theChangesPageSaysWhatChangedInAStructuredWayAndAsARedline() throws Exception {
    render(false);
    String page = read("sample-privacy/2025-01-01/changes/index.html");
    for (String line :
        List.of(
            "Section 3 “Backups” added",
            "Renumbered, text unchanged unless listed: 3 → 4 (Your rights)",
            "Section 1 “Who we are”: text changed (1 word)",
            "Retention of Prospect data: 3 years → 2 years",
            "Added: Amazon Web Services (processor, United States)",
            "Added: Amazon Web Services to United States (standard contractual clauses)")) {
      assertTrue(page.contains(line), line + "\n" + page);
    }
    assertTrue(page.contains("your <ins>personal</ins> data"), page);
    assertTrue(page.contains("<del>three</del><ins>two</ins>"), page);
    // "See section 3" became "See section 4" by renumbering alone: shown with the new number,
    // not as a change; "Your rights" was only reflowed, so it is not listed at all.
    assertTrue(page.contains("See section 4 for what you may ask."), page);
    assertFalse(page.contains("section-your-rights"), page);
  }

  @Test
  void draftsOnlyWhenAskedMarkedAndNeverLatest() throws Exception {
    RenderResult r = render(true);
    assertTrue(r.files().contains("sample-privacy/2026-01-01/changes/index.html"));
    String draft = read("sample-privacy/2026-01-01/index.html");
    assertTrue(draft.contains("<p class=\"draft\" role=\"note\">"));
    String changes = read("sample-privacy/2026-01-01/changes/index.html");
    assertTrue(changes.contains("<p class=\"draft\" role=\"note\">"));
    assertTrue(changes.contains("Section 2 retitled: “Storage” → “Storage of your data”"), changes);
    assertTrue(changes.contains("Section 3 “Backups” removed"), changes);
    assertTrue(
        changes.contains("Removed: Amazon Web Services (processor, United States)"), changes);
    assertTrue(
        changes.contains("Added: “right to lodge a complaint with the CNIL” (complaint)"), changes);
    assertTrue(read("sample-privacy/index.html").contains("2025-01-01"));
    assertFalse(read("sample-privacy/index.html").contains("class=\"draft\" role"));
    assertTrue(read("sample-privacy/archive/index.html").contains("<span class=\"draft\">"));
    assertFalse(
        read("sample-privacy/feed.xml").contains("2026-01-01"), "a draft is never in the feed");
  }

  @Test
  void theFeedIsValidAtomWithStableIdsAndEffectiveDates() throws Exception {
    render(false);
    byte[] xml = Files.readAllBytes(out.resolve("sample-privacy/feed.xml"));

    // RFC 4287 by hand: the required elements of the feed and of each entry.
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    Element feed = doc.getDocumentElement();
    assertEquals(ATOM, feed.getNamespaceURI());
    assertEquals("feed", feed.getLocalName());
    for (String required : List.of("id", "title", "updated", "author")) {
      assertEquals(1, children(feed, required), "feed/" + required);
    }
    NodeList entries = feed.getElementsByTagNameNS(ATOM, "entry");
    assertEquals(3, entries.getLength());
    for (int i = 0; i < entries.getLength(); i++) {
      Element e = (Element) entries.item(i);
      for (String required : List.of("id", "title", "updated", "link", "summary")) {
        assertEquals(1, children(e, required), "entry " + i + "/" + required);
      }
      String id = e.getElementsByTagNameNS(ATOM, "id").item(0).getTextContent();
      assertTrue(id.matches("urn:uuid:[0-9a-f-]{36}"), id);
    }

    // As a feed reader sees it.
    SyndFeed parsed =
        new SyndFeedInput().build(new StringReader(new String(xml, StandardCharsets.UTF_8)));
    assertEquals("atom_1.0", parsed.getFeedType());
    List<SyndEntry> list = parsed.getEntries();
    assertEquals("Version 2025-01-01 · effective 2025-01-01", list.get(0).getTitle());
    assertEquals("2025-01-01/changes/", list.get(0).getLinks().get(0).getHref());
    assertTrue(list.get(0).getDescription().getValue().startsWith("Prospect data is kept 2 years"));
    assertEquals(
        "Subprocessors – Added: Amazon Web Services (processor, United States)",
        list.get(1).getTitle());
    assertEquals("Version 2024-01-01 · effective 2024-01-01", list.get(2).getTitle());
    assertEquals(Date.from(Instant.parse("2025-01-01T00:00:00Z")), parsed.getPublishedDate());
    assertEquals(Date.from(Instant.parse("2024-01-01T00:00:00Z")), list.get(2).getUpdatedDate());

    // The same policies give the same feed, whenever they are built.
    Path again = Files.createTempDirectory(out.getParent(), "again");
    SiteRenderer.builder().build().render(lint().policies(), again.resolve("site"));
    assertArrayEquals(xml, Files.readAllBytes(again.resolve("site/sample-privacy/feed.xml")));
  }

  private static int children(Element parent, String name) {
    int n = 0;
    for (var c = parent.getFirstChild(); c != null; c = c.getNextSibling()) {
      if (c instanceof Element e
          && ATOM.equals(e.getNamespaceURI())
          && name.equals(e.getLocalName())) n++;
    }
    return n;
  }
}
