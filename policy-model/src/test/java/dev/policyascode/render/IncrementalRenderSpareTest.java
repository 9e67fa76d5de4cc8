package dev.policyascode.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policyascode.lint.LintReport;
import dev.policyascode.lint.Linter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every test of {@link IncrementalRenderTest} again, with the previous output kept as a spare
 * folder that the next render starts from; and what the spare must never do: write through a hard
 * link into the live output, follow a link put into it, or outlive a render that does not want it.
 */
class IncrementalRenderSpareTest extends IncrementalRenderTest {

  @Override
  boolean spare() {
    return true;
  }

  private List<Path> spares() throws IOException {
    try (Stream<Path> s = Files.list(site.getParent())) {
      return s.filter(p -> p.getFileName().toString().startsWith(".policy-site-spare-")).toList();
    }
  }

  private List<Path> leftovers() throws IOException {
    try (Stream<Path> s = Files.list(site.getParent())) {
      return s.filter(
              p ->
                  p.getFileName().toString().startsWith(".policy-site-new-")
                      || p.getFileName().toString().startsWith(".policy-site-old-"))
          .toList();
    }
  }

  @Test
  void oneSpareIsKeptBesideTheOutputAndNamedInTheState() throws IOException {
    incremental();
    assertEquals(List.of(), spares(), "a first build has no previous output to keep");
    for (int i = 0; i < 4; i++) {
      version("2019-01-01", "Edit " + i + ". ");
      incremental();
      List<Path> spares = spares();
      assertEquals(1, spares.size(), "build " + i + ": " + spares);
      assertTrue(Files.isRegularFile(spares.get(0).resolve(OutputMarker.NAME)));
      assertTrue(
          Files.readString(state).contains(spares.get(0).getFileName().toString()),
          "the state names the spare");
      assertEquals(List.of(), leftovers());
      assertSameAsClean();
    }
  }

  @Test
  void theLiveOutputIsNeverWrittenThroughAHardLinkTheSpareShares() throws IOException {
    incremental();
    version("2019-01-01", "First edit. ");
    incremental(); // the first output is now the spare; most files are links to the live ones
    Map<String, byte[]> live = contents(site);
    version("2019-01-01", "Second edit. ");
    version("2020-01-01", "Also. ");
    incremental(); // starts from the spare: rewrites its files that share inodes with the live ones
    // The output of the build before, now the spare, still holds every byte it showed.
    Path spare = spares().get(0);
    Map<String, byte[]> after = contents(spare);
    assertEquals(live.keySet(), after.keySet());
    live.forEach(
        (name, bytes) -> assertTrue(java.util.Arrays.equals(bytes, after.get(name)), name));
    assertSameAsClean();
  }

  @Test
  void aSpareHoldingALinkIsNotUsedAndWhatTheLinkShowsIsUntouched() throws IOException {
    incremental();
    version("2019-01-01", "Edited. ");
    incremental();
    Path outside = Files.writeString(dir.resolve("mine.txt"), "my own file");
    Path spare = spares().get(0);
    Path linked = spare.resolve("qucit-privacy/2019-01-01/index.md");
    Files.delete(linked);
    Files.createSymbolicLink(linked, outside);
    version("2019-01-01", "Edited again. ");
    incremental();
    assertEquals("my own file", Files.readString(outside));
    assertEquals(List.of(), leftovers(), "the spare with a link in it is deleted, link and all");
    try (Stream<Path> s = Files.walk(spares().get(0))) {
      assertTrue(s.noneMatch(Files::isSymbolicLink));
    }
    assertSameAsClean();
  }

  @Test
  void aRenderThatKeepsNoSpareDeletesTheOneBesideTheOutput() throws IOException {
    incremental();
    version("2019-01-01", "Edited. ");
    incremental();
    assertEquals(1, spares().size());
    version("2019-01-01", "Edited again. ");
    LintReport report = Linter.builder().build().lint(policies);
    SiteRenderer.builder()
        .templateDir(templates)
        .sources(report.digests())
        .stateFile(state)
        .build()
        .render(report.policies(), site);
    assertEquals(List.of(), spares());
    assertSameAsClean();
  }

  @Test
  void aFailedRenderFromTheSpareLeavesThePreviousOutputAsItWas() throws IOException {
    incremental();
    version("2019-01-01", "Edited. ");
    incremental();
    Map<String, byte[]> before = contents(site);
    Files.writeString(templates.resolve("page.ftlh"), "${noSuchValue}");
    assertThrows(RenderException.class, this::incremental);
    Map<String, byte[]> after = contents(site);
    assertEquals(before.keySet(), after.keySet());
    before.forEach((n, b) -> assertTrue(java.util.Arrays.equals(b, after.get(n)), n));
    assertEquals(List.of(), leftovers());
    Files.delete(templates.resolve("page.ftlh"));
    incremental();
    assertSameAsClean();
  }

  private static Map<String, byte[]> contents(Path root) throws IOException {
    Map<String, byte[]> all = new HashMap<>();
    for (String f : files(root)) all.put(f, Files.readAllBytes(root.resolve(f)));
    return all;
  }
}
