package dev.policyascode.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.policyascode.model.PolicyVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The JSON export: as approved, valid against its committed JSON Schema, and complete. */
class JsonExportTest {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  /** The committed schema, read with the validator the format's own schema test uses. */
  private static final Schema SCHEMA = schema();

  private static Schema schema() {
    try {
      String text =
          Files.readString(Exported.REPO.resolve("schema").resolve("policy-export.schema.json"));
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
          .getSchema(MAPPER.readTree(text));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static List<String> versions() {
    return Exported.versions();
  }

  private static ExportFile export(String version) {
    List<ExportFile> files =
        new JsonExport().write(Exported.policy(version), Exported.version(version));
    assertEquals(1, files.size());
    assertEquals(JsonExport.FILE, files.get(0).path());
    return files.get(0);
  }

  @ParameterizedTest
  @MethodSource("versions")
  void exportIsTheApprovedOne(String version) throws IOException {
    Exported.assertGolden(version, export(version));
  }

  @ParameterizedTest
  @MethodSource("versions")
  void exportIsValidAgainstItsSchema(String version) {
    List<Error> errors = SCHEMA.validate(MAPPER.readTree(Exported.text(export(version))));
    assertTrue(errors.isEmpty(), () -> "policy-export.schema.json: " + errors);
  }

  /**
   * The cookies sample of the invoker builds: cookies and periods that are events or criteria,
   * which neither the flagship nor the app sample has, are exported in their own keys and stay
   * valid.
   */
  @Test
  void cookiesAndPeriodsThatAreEventsAreExportedAndValid() {
    dev.policyascode.model.Policy policy =
        Exported.load("maven-plugin/src/it/cookies", "nordlicht-privacy");
    PolicyVersion version = policy.versions().get(0);
    JsonNode doc = MAPPER.readTree(Exported.text(new JsonExport().write(policy, version).get(0)));
    List<Error> errors = SCHEMA.validate(doc);
    assertTrue(errors.isEmpty(), () -> "policy-export.schema.json: " + errors);
    assertEquals(
        version.registers().cookies().size(), doc.get("cookies").size(), "one entry per cookie");
    List<String> forms = new java.util.ArrayList<>();
    for (JsonNode r : doc.get("retention")) {
      for (String key : List.of("period", "until", "criterion")) {
        if (r.has(key)) forms.add(key + "=" + r.get(key).asString());
      }
    }
    assertTrue(forms.contains("until=consent-withdrawn"), forms::toString);
    assertTrue(
        forms.contains("criterion=as long as a dispute about an invoice is open"), forms::toString);
    assertTrue(forms.contains("period=P8Y"), forms::toString);
    boolean session = false;
    for (JsonNode c : doc.get("cookies")) {
      session |= c.has("until") && c.get("until").asString().equals("session-end");
    }
    assertTrue(session, "a session cookie is exported as until: session-end");
  }

  /** So that the validity test can fail: a field the schema does not know is refused. */
  @Test
  void schemaRefusesAnUnknownOrMissingField() {
    ObjectNode doc = (ObjectNode) MAPPER.readTree(Exported.text(export("2027-01-01")));
    doc.put("unexpected", true);
    assertFalse(SCHEMA.validate(doc).isEmpty());
    doc.remove("unexpected");
    doc.remove("activities");
    assertFalse(SCHEMA.validate(doc).isEmpty());
  }

  @Test
  void everyActivityIsExportedWithItsIdsAndArticles() {
    PolicyVersion v = Exported.version("2027-01-01");
    JsonNode doc = MAPPER.readTree(Exported.text(export(v.id())));
    assertEquals("qucit-privacy/2027-01-01", doc.get("id").asString());
    JsonNode activities = doc.get("activities");
    assertEquals(v.registers().activities().size(), activities.size());
    for (int i = 0; i < activities.size(); i++) {
      var a = v.registers().activities().get(i);
      JsonNode x = activities.get(i);
      assertEquals(a.id(), x.get("id").asString());
      assertEquals(a.legalBasis().word(), x.get("legal_basis").asString());
      assertEquals(Articles.of(a.legalBasis()), x.get("legal_basis_article").asString());
      assertEquals(a.dataCategories().size(), x.get("data_categories").size());
    }
    assertEquals(v.registers().transfers().size(), doc.get("transfers").size());
  }

  @Test
  void sameInputGivesTheSameBytes() {
    assertEquals(Exported.text(export("2027-01-01")), Exported.text(export("2027-01-01")));
  }
}
