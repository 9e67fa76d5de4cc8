package dev.policyascode.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policyascode.Flagship;
import dev.policyascode.FolderHashes;
import dev.policyascode.export.catalog.ExportFormats;
import dev.policyascode.io.Seal;
import dev.policyascode.lint.LintReport;
import dev.policyascode.lint.Linter;
import dev.policyascode.lint.cache.LintCache;
import dev.policyascode.model.Policy;
import dev.policyascode.model.PolicyVersion;
import dev.policyascode.model.Prose;
import dev.policyascode.render.ComplianceRenderer;
import dev.policyascode.render.ExportWriter;
import dev.policyascode.render.OutputGuard;
import dev.policyascode.render.RegisterRenderer;
import dev.policyascode.render.SiteRenderer;
import dev.policyascode.versions.NewVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A load through the version headers gives what a load without them gives, version by version and
 * page by page, and parses only the version files that changed since the headers were kept.
 */
class VersionHeadersTest {

  private static final String TOOL = "tool-1";

  /** This machine's key, for the test: every store here is written and read with it. */
  private static final Seal SEAL = Seal.random();

  @TempDir Path dir;
  private Path policies;
  private Path policy;
  private Path store;

  /**
   * The flagship as it is (policy.yaml, store labels, lock, a French translation of its newest
   * version) with two more published versions between its two, one of them with a summary that
   * holds a tab, a backslash and several lines, and a suppression comment.
   */
  @BeforeEach
  void setUp() throws IOException {
    policies = dir.resolve("policies");
    policy = policies.resolve("qucit-privacy");
    store = dir.resolve("target/policy-lint-cache");
    Flagship.copyTo(policy);
    for (String id : List.of("2019-01-01", "2020-01-01")) {
      Files.writeString(version(id), Flagship.firstVersionAs(id));
    }
    String text = Files.readString(version("2020-01-01"));
    Files.writeString(
        version("2020-01-01"),
        text.replace(
            "summary: First version under the General Data Protection Regulation.\n",
            "# policy-lint-disable-next-line prose-placeholder\n"
                + "summary: \"A tab\\there, a backslash \\\\ there,\\nand a second line.\"\n"));
  }

  private Path version(String id) {
    return policy.resolve("versions/" + id + ".yaml");
  }

  private LoadResult fresh() {
    return new PolicyLoader(dir).load(policies);
  }

  /** A load through the store, which it then closes, as the linter does. */
  private LoadResult throughHeaders(String tool) {
    VersionHeaders headers = VersionHeaders.in(store, tool, SEAL);
    LoadResult loaded = new PolicyLoader(dir).withHeaders(headers).load(policies);
    headers.close();
    return loaded;
  }

  private static Map<String, PolicyVersion> versions(LoadResult loaded) {
    assertEquals(1, loaded.policies().size(), () -> loaded.findings().toString());
    return loaded.policies().get(0).versions().stream()
        .collect(Collectors.toMap(PolicyVersion::id, Function.identity()));
  }

  private static List<String> made(LoadResult loaded) {
    return versions(loaded).values().stream()
        .filter(PolicyVersion::bodyMade)
        .map(PolicyVersion::id)
        .sorted()
        .toList();
  }

  @Test
  void anUnchangedFileIsNotParsedAndGivesWhatAParseGives() throws IOException {
    assertEquals(
        List.of("2018-05-25", "2019-01-01", "2020-01-01", "2027-01-01"),
        made(throughHeaders(TOOL)),
        "the first load parses every file");
    assertTrue(Files.isRegularFile(store.resolve(VersionHeaders.FILE)));
    LoadResult cached = throughHeaders(TOOL);
    // Not even the newest, which a French translation translates: the loader checks the
    // translation's languages and versions, the rules its texts, which its version's lint (cached)
    // and policy-level rules read.
    assertEquals(List.of(), made(cached));
    assertSameAs(fresh(), cached);
  }

  @Test
  void anEditedFileIsParsedAgainAndTheOthersAreNot() throws IOException {
    throughHeaders(TOOL);
    Path file = version("2019-01-01");
    Files.writeString(
        file, Files.readString(file).replace("Updated to May 25", "Updated to May 26"));
    LoadResult cached = throughHeaders(TOOL);
    assertEquals(List.of("2019-01-01"), made(cached));
    assertSameAs(fresh(), cached);
    assertEquals(List.of(), made(throughHeaders(TOOL)), "kept for the next load");
  }

  @Test
  void aStoreOfAnotherToolOrAlteredIsNoStore() throws IOException {
    throughHeaders(TOOL);
    assertEquals(4, made(throughHeaders("tool-2")).size(), "another tool parses every file");
    Path file = store.resolve(VersionHeaders.FILE);
    String text = Files.readString(file);
    for (String altered :
        List.of(
            text.replace("2019-01-01", "2019-01-02"), // a header changed by hand
            text.substring(0, text.length() / 2), // cut short
            "")) {
      Files.writeString(file, altered);
      LoadResult loaded = throughHeaders("tool-2");
      assertEquals(4, made(loaded).size(), "every file parsed");
      assertSameAs(fresh(), loaded);
    }
    Files.write(file, new byte[] {(byte) 0xC3, 0x28, '\n'});
    assertEquals(4, made(throughHeaders("tool-2")).size(), "not UTF-8: no store");
  }

  @Test
  void aFileWithAProblemIsParsedEveryTime() throws IOException {
    Path file = version("2019-01-01");
    Files.writeString(file, Files.readString(file).replace("version: 2019-01-01", "version: x"));
    LoadResult first = throughHeaders(TOOL);
    assertFalse(first.findings().isEmpty());
    assertEquals(
        fresh().findings().stream().map(f -> f.format()).toList(),
        throughHeaders(TOOL).findings().stream().map(f -> f.format()).toList());
    assertFalse(
        Files.readString(store.resolve(VersionHeaders.FILE)).contains("2019-01-01.yaml"),
        "no header is kept for a file with a problem");
  }

  @Test
  void aFileChangedAfterTheLoadIsNotReadAsTheOldOne() throws IOException {
    throughHeaders(TOOL);
    PolicyVersion lazy = versions(throughHeaders(TOOL)).get("2019-01-01");
    assertFalse(lazy.bodyMade());
    Files.writeString(version("2019-01-01"), Files.readString(version("2019-01-01")) + "\n# x\n");
    IllegalStateException e = assertThrows(IllegalStateException.class, lazy::registers);
    assertEquals(
        "policies/qucit-privacy/versions/2019-01-01.yaml changed while the build was reading it;"
            + " build again once it is saved",
        e.getMessage());
  }

  @Test
  void theStoreKeepsOnlyTheFilesOfTheLatestLoad() throws IOException {
    throughHeaders(TOOL);
    Files.delete(version("2019-01-01"));
    throughHeaders(TOOL);
    String kept = Files.readString(store.resolve(VersionHeaders.FILE));
    assertFalse(kept.contains("2019-01-01.yaml"), kept);
    assertTrue(kept.contains("2020-01-01.yaml"), kept);
  }

  /**
   * What a build after a draft's edit parses, as the plugin's goals run it: the lint through its
   * cache, then the site, the record of processing, the compliance matrices and every export
   * through their build states, all from the lint's policies. The draft, and 2027-01-01, which has
   * a French translation that the translation rules check against its texts on every lint: no goal
   * asks another unchanged version for its body (the record of processing, of the newest published
   * version, is kept as it was).
   */
  @Test
  void aBuildAfterADraftsEditParsesTheDraftAlone() throws Exception {
    // The flagship's own versions, both in its lock: a version missing from it has a finding at
    // its status, a place its body holds.
    Files.delete(version("2019-01-01"));
    Files.delete(version("2020-01-01"));
    NewVersion.start(policies, Optional.empty(), "2028-01-01", Optional.empty(), dir);
    build();
    Path draft = version("2028-01-01");
    Files.writeString(draft, Files.readString(draft).replace("Updated to", "Edited, updated to"));
    LintReport report = build();
    assertEquals(
        List.of("2027-01-01", "2028-01-01"),
        report.policies().get(0).versions().stream()
            .filter(PolicyVersion::bodyMade)
            .map(PolicyVersion::id)
            .toList());
    assertEquals(
        new LintCache.Stats(2, 1, true), lastCache.lastRun(), "the others' findings reused");
  }

  /**
   * A published version's edit (what {@code policy:publish} does to a draft, or an edit the lint
   * refuses): the archive and the feed list every version, but read only headers. The archive's
   * summaries need no section numbers or registers, and the feed's changes of recipients are none
   * where two versions' recipients digests are equal, which the header keeps. So the edited version
   * and the two it is compared with on changes pages are parsed, and the translated 2027-01-01 (the
   * translation rules); the others are not.
   */
  @Test
  void aBuildAfterAPublishedVersionsEditParsesItAndItsNeighboursAlone() throws Exception {
    // Every version in the lock, as policy:publish leaves them: a version missing from it has a
    // finding at its status, a place its body holds.
    StringBuilder lock = new StringBuilder();
    for (String id : List.of("2019-01-01", "2020-01-01", "2021-01-01", "2022-01-01")) {
      if (!Files.exists(version(id))) Files.writeString(version(id), Flagship.firstVersionAs(id));
      lock.append(id)
          .append(" sha256:")
          .append(dev.policyascode.io.Digests.sha256(Files.readAllBytes(version(id))))
          .append(" published ")
          .append(java.time.LocalDate.parse(id).minusDays(60)) // the notice the rules ask for
          .append('\n');
    }
    Files.writeString(
        policy.resolve("versions.lock"), lock.toString(), java.nio.file.StandardOpenOption.APPEND);
    build();
    Path file = version("2019-01-01");
    Files.writeString(
        file, Files.readString(file).replace("Updated to May 25", "Updated to May 26"));
    LintReport report = build();
    Map<String, PolicyVersion> versions =
        report.policies().get(0).versions().stream()
            .collect(Collectors.toMap(PolicyVersion::id, Function.identity()));
    assertEquals(
        List.of("2018-05-25", "2019-01-01", "2020-01-01", "2027-01-01"),
        versions.values().stream()
            .filter(PolicyVersion::bodyMade)
            .map(PolicyVersion::id)
            .sorted()
            .toList());
    // The digest a header gave is the one the parsed body gives.
    for (PolicyVersion v : fresh().policies().get(0).versions()) {
      assertEquals(v.recipientsDigest(), versions.get(v.id()).recipientsDigest(), v.id());
    }
  }

  private LintReport build() {
    LintCache cache = LintCache.in(store, TOOL, SEAL);
    LintReport report = Linter.builder().displayRoot(dir).cache(cache).build().lint(policies);
    Path target = dir.resolve("target");
    SiteRenderer.builder()
        .sources(report.digests())
        .stateFile(target.resolve("policy-site.state"))
        .build()
        .render(report.policies(), target.resolve("policy-site"));
    RegisterRenderer.incremental(null, report.digests(), target.resolve("policy-register.state"))
        .render(report.policies(), target.resolve("policy-register"));
    new ComplianceRenderer(null, report.digests(), target.resolve("policy-compliance.state"))
        .render(report.policies(), target.resolve("policy-compliance"));
    ExportWriter.write(
        report.policies(),
        ExportFormats.all(),
        target.resolve("policy-export"),
        OutputGuard.strict(),
        report.digests(),
        target.resolve("policy-export.state"));
    lastCache = cache;
    return report;
  }

  private LintCache lastCache;

  @Test
  void escapedTextsComeBackAsTheyWere() {
    for (String s : List.of("", "a\tb", "a\\tb", "line\nline\r\n", "\\", "\\n", "ends with \\")) {
      assertEquals(s, VersionHeaders.unescape(VersionHeaders.escape(s)));
      assertFalse(VersionHeaders.escape(s).contains("\t"));
      assertFalse(VersionHeaders.escape(s).contains("\n"));
    }
    assertThrows(IllegalArgumentException.class, () -> VersionHeaders.unescape("a\\"));
    assertThrows(IllegalArgumentException.class, () -> VersionHeaders.unescape("a\\x"));
  }

  /**
   * Every version of {@code cached} is what {@code fresh} holds (its body made to compare), the
   * load's comments, digests and findings are the same, and both render the same site, byte for
   * byte.
   */
  private void assertSameAs(LoadResult fresh, LoadResult cached) throws IOException {
    assertEquals(fresh.sources(), cached.sources());
    assertEquals(fresh.comments(), cached.comments());
    assertEquals(fresh.filesRead(), cached.filesRead());
    assertEquals(
        fresh.findings().stream().map(f -> f.format()).toList(),
        cached.findings().stream().map(f -> f.format()).toList());
    Map<String, PolicyVersion> expected = versions(fresh);
    Map<String, PolicyVersion> actual = versions(cached);
    assertEquals(expected.keySet(), actual.keySet());
    for (String id : expected.keySet()) {
      PolicyVersion e = expected.get(id);
      PolicyVersion a = actual.get(id);
      assertEquals(e.toString(), a.toString());
      assertEquals(e.at(), a.at());
      assertEquals(e.effective(), a.effective());
      assertEquals(e.status(), a.status());
      assertEquals(e.summary().map(Prose::text), a.summary().map(Prose::text));
      assertEquals(e.summary().map(Prose::at), a.summary().map(Prose::at), id);
      e.summary()
          .ifPresent(
              s ->
                  assertEquals(
                      s.at(2, 3), a.summary().orElseThrow().at(2, 3), "a place in the summary"));
      assertEquals(places(e), places(a), id);
      assertEquals(e.at("effective"), a.at("effective"));
      assertEquals(e.at("sections", 0), a.at("sections", 0));
      assertEquals(e.registers().dataCategories().size(), a.registers().dataCategories().size());
    }
    assertEquals(
        fresh
            .policies()
            .get(0)
            .storeLabels()
            .map(l -> l.categories().stream().map(e -> e.category()).toList()),
        cached
            .policies()
            .get(0)
            .storeLabels()
            .map(l -> l.categories().stream().map(e -> e.category()).toList()),
        "the store labels, checked against the versions' categories");
    Path one = dir.resolve("site-" + System.nanoTime());
    Path two = dir.resolve("site-" + System.nanoTime());
    List<Policy> policiesOne = fresh.policies();
    List<Policy> policiesTwo = cached.policies();
    SiteRenderer.builder().build().render(policiesOne, one);
    SiteRenderer.builder().build().render(policiesTwo, two);
    assertEquals(FolderHashes.of(one), FolderHashes.of(two));
  }

  /** Every text of a version with where it starts. */
  private static List<String> places(PolicyVersion v) {
    return v.texts().stream().map(t -> t.at() + " " + t.text()).toList();
  }
}
