package dev.policyascode.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policyascode.load.PolicyLoader;
import dev.policyascode.model.Policy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The compliance matrix of the Qucit policy, as the legal team reads it. */
class ComplianceRendererTest {

  static final Path POLICIES =
      Path.of(System.getProperty("basedir", "")).toAbsolutePath().getParent().resolve("policies");

  @Test
  void theQucitMatrixNamesTheMissingComplaintRightAndWhatCoversTheRest(@TempDir Path out)
      throws Exception {
    List<Policy> policies = new PolicyLoader(POLICIES).load(POLICIES).policies();
    RenderResult result = new ComplianceRenderer(null).render(policies, out.resolve("c"));
    assertTrue(result.files().contains("qucit-privacy/2018-05-25/compliance.html"));
    String html =
        Files.readString(
            out.resolve("c/qucit-privacy/2018-05-25/compliance.html"), StandardCharsets.UTF_8);
    String json =
        Files.readString(
            out.resolve("c/qucit-privacy/2018-05-25/compliance.json"), StandardCharsets.UTF_8);
    assertTrue(html.startsWith("<!DOCTYPE html>"), html);
    assertTrue(html.contains("<th scope=\"row\">Art. 13(2)(d)</th>"), html);
    assertTrue(html.contains("the rights list has no complaint"), html);
    // The rights come from the list embedded in section 9; it shows as the covering section.
    assertTrue(html.contains("9. Exercise of Users’ rights (<code>#rights</code>)"), html);
    assertTrue(json.contains("\"id\": \"13(2)(d)\""), json);
    assertFalse(json.contains("\r"), "line ends are \\n on every platform");
    assertEquals(
        html,
        Files.readString(
            new ComplianceRenderer(null)
                .render(policies, out.resolve("again"))
                .outputDir()
                .resolve("qucit-privacy/2018-05-25/compliance.html"),
            StandardCharsets.UTF_8),
        "the same input gives the same page");
  }

  @Test
  void aSectionInTheJsonHasItsKeysInOneOrder(@TempDir Path out) throws Exception {
    // Map.of's order is salted per JVM: the same input gave a different file from one build to
    // the next, five times out of six.
    List<Policy> policies = new PolicyLoader(POLICIES).load(POLICIES).policies();
    new ComplianceRenderer(null).render(policies, out);
    String json =
        Files.readString(
            out.resolve("qucit-privacy/2018-05-25/compliance.json"), StandardCharsets.UTF_8);
    assertTrue(
        json.contains("\"id\": \"rights\",\n          \"number\": \"9\",\n          \"title\": "),
        json);
  }

  @Test
  void theMatrixScoresEachSectionAndNamesTheHardest(@TempDir Path out) throws Exception {
    List<Policy> policies = new PolicyLoader(POLICIES).load(POLICIES).policies();
    new ComplianceRenderer(null).render(policies, out);
    String html =
        Files.readString(
            out.resolve("qucit-privacy/2027-01-01/compliance.html"), StandardCharsets.UTF_8);
    String json =
        Files.readString(
            out.resolve("qucit-privacy/2027-01-01/compliance.json"), StandardCharsets.UTF_8);
    assertTrue(json.contains("\"formula\": \"Flesch reading ease\""), json);
    // the two sections the lint reports under 30 (2.3 scores 24, 2.1 scores 26) lead the list
    assertTrue(
        json.contains("\"hardest\": [\n      \"browsing-data\",\n      \"data-provided\"\n"), json);
    assertTrue(html.contains("<h2 id=\"plain\">Clear and plain language</h2>"), html);
    assertTrue(html.contains("<strong>Furthest from plain</strong>: <a href=\"#plain-"), html);
    assertTrue(html.contains("very difficult</td>"), html);
  }

  @Test
  void aFrenchPolicyIsScoredByKandelAndMolesInFrench(@TempDir Path dir) throws Exception {
    Path versions = Files.createDirectories(dir.resolve("p/versions"));
    Files.writeString(
        dir.resolve("p/policy.yaml"),
        "format: 1\nid: p\ntitle: P\ncontroller:\n  name: A\nlanguages: [fr]\n");
    Files.writeString(
        versions.resolve("v1.yaml"),
        "format: 1\nversion: v1\neffective: 2024-01-01\nstatus: draft\nsections:\n"
            + "  - {id: a, title: A, body: \"Nous gardons vos données. Vous pouvez les lire.\"}\n");
    List<Policy> policies = new PolicyLoader(dir).load(dir).policies();
    new ComplianceRenderer(null).render(policies, dir.resolve("out"));
    String html = Files.readString(dir.resolve("out/p/v1/compliance.html"));
    assertTrue(html.contains("Formule\u00a0: Kandel &amp; Moles."), html);
    assertTrue(html.contains("<th scope=\"col\">Mots par phrase</th>"), html);
    // under 100 words: shown, marked, and not among the hardest
    assertFalse(html.contains("Les moins lisibles"), html);
    assertTrue(html.contains(" *</td>"), html);
  }

  @Test
  void valuesAreEscaped(@TempDir Path dir) throws Exception {
    Path versions = Files.createDirectories(dir.resolve("p/versions"));
    Files.writeString(
        dir.resolve("p/policy.yaml"),
        "format: 1\nid: p\ntitle: \"<script>alert(1)</script>\"\ncontroller:\n  name: A & B\n"
            + "languages: [en]\n");
    Files.writeString(
        versions.resolve("v1.yaml"),
        "format: 1\nversion: v1\neffective: 2024-01-01\nstatus: draft\nsections:\n"
            + "  - {id: a, title: A}\n");
    List<Policy> policies = new PolicyLoader(dir).load(dir).policies();
    new ComplianceRenderer(null).render(policies, dir.resolve("out"));
    String html = Files.readString(dir.resolve("out/p/v1/compliance.html"));
    assertFalse(html.contains("<script>"), html);
    assertTrue(html.contains("&lt;script&gt;"), html);
    assertTrue(html.contains("A &amp; B"), html);
  }
}
