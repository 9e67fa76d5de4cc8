package dev.policyascode.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policyascode.lint.LintReport;
import dev.policyascode.lint.Linter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * After every kind of change, a render that keeps what did not change gives, byte for byte, the
 * folder a clean render gives; and it renders only what depends on the change.
 */
class IncrementalRenderTest {

  private static final Path QUCIT =
      Path.of("../policies/qucit-privacy/versions/2018-05-25.yaml").toAbsolutePath();

  @TempDir Path dir;
  Path policies;
  Path templates;
  Path site;
  Path state;

  /** Whether the renders keep a spare folder to start from ({@link IncrementalRenderSpareTest}). */
  boolean spare() {
    return false;
  }

  @BeforeEach
  void setUp() throws IOException {
    policies = dir.resolve("policies");
    templates = dir.resolve("templates");
    site = dir.resolve("out/policy-site");
    state = dir.resolve("out/policy-site.state");
    Files.createDirectories(templates);
    Path policy = policies.resolve("qucit-privacy");
    Files.createDirectories(policy.resolve("versions"));
    Files.copy(QUCIT.getParent().getParent().resolve("policy.yaml"), policy.resolve("policy.yaml"));
    for (String v : List.of("2018-05-25", "2019-01-01", "2020-01-01")) version(v, "");
  }

  /** The flagship's text as version {@code id}, with {@code extra} before its preamble. */
  void version(String id, String extra) throws IOException {
    String text =
        Files.readString(QUCIT)
            .replace(
                "version: 2018-05-25\neffective: 2018-05-25",
                "version: " + id + "\neffective: " + id)
            .replace("  Updated to May 25, 2018", "  " + extra + "Updated to May 25, 2018");
    Files.writeString(policies.resolve("qucit-privacy/versions/" + id + ".yaml"), text);
  }

  RenderResult incremental() {
    LintReport report = Linter.builder().build().lint(policies);
    return SiteRenderer.builder()
        .templateDir(templates)
        .sources(report.digests())
        .stateFile(state)
        .keepSpare(spare())
        .build()
        .render(report.policies(), site);
  }

  /** Renders from scratch, without a state, and checks the incremental folder is the same. */
  void assertSameAsClean() throws IOException {
    LintReport report = Linter.builder().build().lint(policies);
    Path clean = dir.resolve("clean");
    RenderResult full =
        SiteRenderer.builder().templateDir(templates).build().render(report.policies(), clean);
    assertEquals(full.files().size(), full.rendered());
    List<String> expected = files(clean);
    assertEquals(expected, files(site));
    for (String f : expected) {
      assertArrayEquals(
          Files.readAllBytes(clean.resolve(f)), Files.readAllBytes(site.resolve(f)), f);
    }
  }

  static List<String> files(Path root) throws IOException {
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(Files::isRegularFile)
          .map(p -> root.relativize(p).toString().replace('\\', '/'))
          .sorted()
          .toList();
    }
  }

  private RenderResult asOf(LocalDate date, Path out) {
    LintReport report = Linter.builder().build().lint(policies);
    return SiteRenderer.builder()
        .templateDir(templates)
        .sources(report.digests())
        .stateFile(out.resolveSibling(out.getFileName() + ".state"))
        .keepSpare(spare())
        .buildDate(date)
        .build()
        .render(report.policies(), out);
  }

  @Test
  void aBuildOnAnEffectiveDateSwitchesThePageThoughNoFileChanged() throws IOException {
    asOf(LocalDate.of(2019, 12, 31), site);
    assertTrue(Files.readString(site.resolve("qucit-privacy/index.md")).contains("2019-01-01"));
    RenderResult same = asOf(LocalDate.of(2019, 12, 31), site);
    assertTrue(same.upToDate(), "the same day renders nothing");
    RenderResult on = asOf(LocalDate.of(2020, 1, 1), site);
    assertFalse(on.upToDate(), "the day 2020-01-01 takes effect, the pages switch");
    assertTrue(
        Files.readString(site.resolve("qucit-privacy/index.md"))
            .contains("version: \"2020-01-01\""));
    // What the incremental render kept is what a render from scratch on that day writes.
    Path clean = dir.resolve("clean-2020");
    asOf(LocalDate.of(2020, 1, 1), clean);
    for (String f : files(clean)) {
      if (f.equals(".policy-output")) continue;
      assertArrayEquals(
          Files.readAllBytes(clean.resolve(f)), Files.readAllBytes(site.resolve(f)), f);
    }
    assertEquals(files(clean), files(site));
  }

  /** Every file of the three-version site. */
  private static final int ALL = 18;

  @Test
  void aSecondRenderWithNoChangeWritesNothing() throws IOException {
    RenderResult first = incremental();
    // 3 versions × (page, Markdown, fragment), the latest's 3, archive (2), 2 changes pages, feed,
    // sitemap.
    assertEquals(ALL, first.rendered());
    assertFalse(first.upToDate());
    long before = Files.getLastModifiedTime(site).toMillis();
    RenderResult second = incremental();
    assertTrue(second.upToDate());
    assertEquals(0, second.rendered());
    assertEquals(ALL, second.files().size());
    assertEquals(before, Files.getLastModifiedTime(site).toMillis());
    assertFalse(state.startsWith(site), "the state is not published");
    assertSameAsClean();
  }

  @Test
  void anEditedVersionRendersOnlyItsPages() throws IOException {
    incremental();
    version("2019-01-01", "Edited. ");
    RenderResult r = incremental();
    assertEquals(
        9,
        r.rendered(),
        "its page, Markdown and fragment, the two changes pages it is part of, the archive (2),"
            + " the feed and the sitemap");
    assertSameAsClean();
    assertTrue(
        Files.readString(site.resolve("qucit-privacy/2019-01-01/index.md")).contains("Edited."));
  }

  @Test
  void anEditedLatestVersionRendersTheIndexToo() throws IOException {
    incremental();
    version("2020-01-01", "Edited. ");
    // Its page, Markdown and fragment, the same three as the latest, its changes page, the archive
    // (2), the feed and the sitemap.
    assertEquals(11, incremental().rendered());
    assertSameAsClean();
  }

  @Test
  void anAddedVersionBecomesTheLatest() throws IOException {
    incremental();
    version("2021-01-01", "");
    RenderResult r = incremental();
    assertEquals(
        13,
        r.rendered(),
        "the new version's three files, the latest's three, its changes page, the previous"
            + " latest's page and Markdown (now with a link to the next), the archive (2), the feed"
            + " and the sitemap");
    assertEquals(ALL + 4, r.files().size());
    assertSameAsClean();
  }

  /** Version {@code id} as a draft, with {@code extra} before its preamble. */
  private void draft(String id, String extra) throws IOException {
    version(id, extra);
    Path file = policies.resolve("qucit-privacy/versions/" + id + ".yaml");
    Files.writeString(
        file, Files.readString(file).replace("status: published\n", "status: draft\n"));
  }

  @Test
  void anEditedDraftRendersNothing() throws IOException {
    draft("2021-01-01", "");
    incremental();
    assertSameAsClean();
    // The site shows no draft, nor do its feed and sitemap: a pull request's draft, edited build
    // after build, makes no page again.
    draft("2021-01-01", "Edited. ");
    RenderResult r = incremental();
    assertEquals(0, r.rendered());
    assertTrue(r.upToDate());
    assertSameAsClean();
  }

  @Test
  void aPublishedDraftIsInTheFeedAndTheSitemap() throws IOException {
    draft("2021-01-01", "");
    incremental();
    version("2021-01-01", "");
    RenderResult r = incremental();
    assertEquals(
        13,
        r.rendered(),
        "as an added version: its three files, the latest's three, its changes page, the previous"
            + " latest's page and Markdown, the archive (2), the feed and the sitemap");
    assertTrue(Files.readString(site.resolve("qucit-privacy/feed.xml")).contains("2021-01-01"));
    assertSameAsClean();
  }

  @Test
  void aDeletedVersionLeavesNoPage() throws IOException {
    incremental();
    Files.delete(policies.resolve("qucit-privacy/versions/2020-01-01.yaml"));
    RenderResult r = incremental();
    assertEquals(
        9,
        r.rendered(),
        "the latest's three, now of 2019-01-01, its page and Markdown (no next version any more),"
            + " the archive (2), the feed and the sitemap");
    assertFalse(Files.exists(site.resolve("qucit-privacy/2020-01-01")));
    assertSameAsClean();
  }

  @Test
  void aChangedTemplateRendersEverything() throws IOException {
    incremental();
    String page;
    try (InputStream in =
        getClass().getClassLoader().getResourceAsStream("policy-templates/page.ftlh")) {
      page = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Files.writeString(templates.resolve("page.ftlh"), page.replace("<main", "<!-- own -->\n<main"));
    RenderResult r = incremental();
    assertEquals(ALL, r.rendered());
    assertTrue(Files.readString(site.resolve("qucit-privacy/index.html")).contains("<!-- own -->"));
    assertSameAsClean();
  }

  @Test
  void changedLabelsRenderEverything() throws IOException {
    incremental();
    Files.writeString(templates.resolve("labels.properties"), "contents=Table of contents\n");
    assertEquals(ALL, incremental().rendered());
    assertTrue(
        Files.readString(site.resolve("qucit-privacy/index.html")).contains("Table of contents"));
    assertSameAsClean();
  }

  @Test
  void aPageEditedByHandIsRenderedAgain() throws IOException {
    incremental();
    Files.writeString(site.resolve("qucit-privacy/2019-01-01/index.md"), "edited by hand");
    RenderResult r = incremental();
    assertFalse(r.upToDate());
    assertEquals(2, r.rendered());
    assertSameAsClean();
  }

  @Test
  void eachBuildOfASeriesOfChangesIsTheCleanRender() throws IOException {
    incremental();
    assertSameAsClean();
    List<Runnable> changes =
        List.of(
            () -> edit("2019-01-01", "Edited. "),
            () -> edit("2019-01-01", ""),
            () -> edit("2019-01-01", "Edited again. "),
            () -> edit("2021-01-01", ""),
            () -> edit("2020-01-01", "Changed. "),
            () -> delete("qucit-privacy/versions/2021-01-01.yaml"),
            () -> {},
            () -> write(templates.resolve("labels.properties"), "contents=Table of contents\n"),
            () -> write(site.resolve("qucit-privacy/2019-01-01/index.md"), "edited by hand"),
            () -> delete("../templates/labels.properties"),
            () -> edit("2018-05-25", "First. "));
    for (Runnable change : changes) {
      change.run();
      incremental();
      assertSameAsClean();
    }
  }

  private void edit(String id, String extra) {
    try {
      version(id, extra);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private void delete(String name) {
    try {
      Files.delete(policies.resolve(name));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void write(Path file, String text) {
    try {
      Files.writeString(file, text);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void aLostStateRendersEverything() throws IOException {
    incremental();
    Files.delete(state);
    assertEquals(ALL, incremental().rendered());
    assertSameAsClean();
  }
}
