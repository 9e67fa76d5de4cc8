package dev.policyascode.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policyascode.FolderHashes;
import dev.policyascode.lint.Linter;
import dev.policyascode.model.Policy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The output folder is replaced whole or not at all: a render that fails at any point, in a
 * template or while writing, leaves every byte of the previous output as it was, and leaves no
 * temporary folder behind; a render that succeeds leaves exactly its own files and its marker.
 */
class OutputAtomicityTest {

  @TempDir Path dir;

  /** A policy with the given published versions, loaded. */
  private List<Policy> policies(String... versions) throws IOException {
    Path root = dir.resolve("policies-" + String.join("-", versions));
    RenderSafetyTest.write(
        root.resolve("p/policy.yaml"),
        "format: 1\nid: p\ntitle: Policy\ncontroller:\n  name: Example SAS\nlanguages: [en]\n");
    for (String v : versions) {
      RenderSafetyTest.write(
          root.resolve("p/versions/" + v + ".yaml"),
          """
          format: 1
          version: %1$s
          effective: %1$s
          status: published
          sections:
            - id: one
              title: One
              body: The text of %1$s.
          """
              .formatted(v));
    }
    return Linter.builder().build().lint(root).policies();
  }

  @Test
  void aTemplateFailureLeavesEveryByteOfThePreviousOutput() throws IOException {
    Path site = dir.resolve("out/site");
    SiteRenderer.builder().build().render(policies("2024-01-01", "2025-01-01"), site);
    Files.writeString(site.resolve("added-by-hand.txt"), "kept as it is");
    Map<String, String> before = hashes(site);

    Path templates = Files.createDirectories(dir.resolve("templates"));
    Files.writeString(templates.resolve("page.md.ftl"), "${noSuchValue}");
    List<Policy> one = policies("2024-01-01");
    assertThrows(
        RenderException.class,
        () -> SiteRenderer.builder().templateDir(templates).build().render(one, site));
    assertEquals(before, hashes(site));
    assertEquals(List.of("site"), names(dir.resolve("out")), "no temporary folder left behind");
  }

  @Test
  void aWriteFailureHalfWayLeavesEveryByteOfThePreviousOutput() throws IOException {
    Path site = dir.resolve("out/site");
    SiteRenderer.builder().build().render(policies("2024-01-01"), site);
    Map<String, String> before = hashes(site);

    OutputFiles out = new OutputFiles();
    out.add("p/index.html", "new");
    out.add("p/2024-01-01", "a file where the next one needs a folder");
    out.add("p/2024-01-01/index.html", "never written");
    RenderException e = assertThrows(RenderException.class, () -> out.writeReplacing(site));
    assertTrue(e.getMessage().startsWith("Cannot write the output folder"), e.getMessage());
    assertEquals(before, hashes(site));
    assertEquals(List.of("site"), names(dir.resolve("out")), "no temporary folder left behind");
  }

  @Test
  void aSuccessfulRenderLeavesExactlyItsOwnFiles() throws IOException {
    Path site = dir.resolve("out/site");
    SiteRenderer.builder().build().render(policies("2024-01-01", "2025-01-01"), site);
    Files.writeString(site.resolve("stale.html"), "from an older build");
    RenderResult result = SiteRenderer.builder().build().render(policies("2024-01-01"), site);
    java.util.Set<String> own = new java.util.TreeSet<>(result.files());
    own.add(".policy-output"); // the marker that lets the next build replace the folder
    assertEquals(
        own, hashes(site).keySet(), "the deleted version's pages and the stale file are gone");
    assertEquals(List.of("site"), names(dir.resolve("out")));
  }

  private static Map<String, String> hashes(Path dir) throws IOException {
    return FolderHashes.of(dir);
  }

  private static List<String> names(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
