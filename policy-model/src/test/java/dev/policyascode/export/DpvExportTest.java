package dev.policyascode.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.document.JsonDocument;
import dev.policyascode.load.PolicyLoader;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The DPV export: as approved, expanded by a JSON-LD processor (Titanium, as a consumer would), and
 * using only concepts that DPV 2.1 defines.
 */
class DpvExportTest {

  static List<String> versions() {
    return Exported.versions();
  }

  private static ExportFile export(String version) {
    List<ExportFile> files =
        new DpvExport().write(Exported.policy(version), Exported.version(version));
    assertEquals(List.of(DpvExport.FILE), files.stream().map(ExportFile::path).toList());
    return files.get(0);
  }

  static JsonArray expand(ExportFile file) throws Exception {
    return JsonLd.expand(JsonDocument.of(new ByteArrayInputStream(file.bytes()))).get();
  }

  @ParameterizedTest
  @MethodSource("versions")
  void exportIsTheApprovedOne(String version) throws IOException {
    Exported.assertGolden(version, export(version));
  }

  @ParameterizedTest
  @MethodSource("versions")
  void exportExpandsAndUsesOnlyDpvConcepts(String version) throws Exception {
    JsonArray expanded = expand(export(version));
    Set<String> iris = new TreeSet<>();
    collect(expanded, iris);
    String handling = "https://w3id.org/dpv#PersonalDataProcess";
    assertTrue(iris.contains(handling), () -> "no activity after expansion: " + iris);
    assertTrue(iris.contains("https://w3id.org/dpv#hasLegalBasis"), iris::toString);
    List<String> unknown = DpvConcepts.unknown(iris);
    assertTrue(
        unknown.isEmpty(), () -> "not DPV " + DpvExport.DPV_VERSION + " concepts: " + unknown);
  }

  /** So that the IRI check can fail: a misspelt concept and an unknown country are caught. */
  @Test
  void conceptCheckCatchesAMisspeltConcept() {
    assertEquals(
        List.of("https://w3id.org/dpv#PersonalDatta", "https://w3id.org/dpv/loc#XX"),
        DpvConcepts.unknown(
            List.of(
                "https://w3id.org/dpv#PersonalData",
                "https://w3id.org/dpv#PersonalDatta",
                "https://w3id.org/dpv/loc#FR",
                "https://w3id.org/dpv/loc#XX",
                "http://purl.org/dc/terms/title")));
  }

  /** The sample's crash logs go to a processor in the United States under SCCs. */
  @Test
  void transfersCarryTheirCountryAndGround() throws Exception {
    Set<String> iris = new TreeSet<>();
    collect(expand(export(Exported.TRAILMAP_VERSION)), iris);
    assertTrue(iris.contains("https://w3id.org/dpv#hasThirdCountry"), iris::toString);
    assertTrue(iris.contains("https://w3id.org/dpv/legal/eu/gdpr#A46-2-c"), iris::toString);
    assertTrue(iris.contains("https://w3id.org/dpv/loc#US"), iris::toString);
    assertTrue(iris.contains("https://w3id.org/dpv#hasDataProcessor"), iris::toString);
  }

  /** An activity names a recipient category; its named recipients are the activity's. */
  @Test
  void recipientCategoriesLeadToTheirRecipients() {
    String text = Exported.text(export("2027-01-01"));
    assertTrue(text.contains("\"dpv:hasDataProcessor\""), text);
  }

  /** The sample maps its location data to pd:Location and its hike purpose to a DPV purpose. */
  @Test
  void theTeamsMappingIsWrittenBesideTheDefault() {
    String text = Exported.text(export(Exported.TRAILMAP_VERSION));
    assertTrue(text.contains("\"dpv:PersonalData\",\n        \"pd:Location\""), text);
    assertTrue(
        text.contains("\"dpv:Purpose\",\n            \"dpv:TechnicalServiceProvision\""), text);
  }

  /** A concept DPV 2.1 does not define is refused where it is written, never exported. */
  @Test
  void aMisspeltMappingIsRefusedAtItsPlace(@TempDir Path dir) throws IOException {
    Path src = Exported.REPO.resolve("maven-plugin/src/it/export/trailmap-privacy");
    Path copy = Files.createDirectories(dir.resolve("trailmap-privacy/versions"));
    Files.copy(src.resolve("policy.yaml"), copy.getParent().resolve("policy.yaml"));
    String version =
        Files.readString(src.resolve("versions/2026-06-01.yaml"))
            .replace("dpv: pd:Location", "dpv: pd:Locaton");
    Files.writeString(copy.resolve("2026-06-01.yaml"), version);
    var policy = new PolicyLoader(dir).load(dir).policies().get(0);
    ExportException e =
        assertThrows(
            ExportException.class, () -> new DpvExport().write(policy, policy.versions().get(0)));
    assertEquals("trailmap-privacy/versions/2026-06-01.yaml", e.at().file());
    int line = version.lines().toList().indexOf("    dpv: pd:Locaton") + 1;
    assertEquals(line, e.at().line());
    assertEquals(10, e.at().column());
    assertTrue(
        e.getMessage().startsWith("dpv: pd:Locaton is not a concept of DPV 2.1"), e::getMessage);
  }

  /** Every IRI of the expanded form: property names, types and node references. */
  private static void collect(JsonValue value, Set<String> iris) {
    if (value instanceof JsonArray array) {
      array.forEach(v -> collect(v, iris));
    } else if (value instanceof JsonObject object) {
      for (var e : object.entrySet()) {
        String key = e.getKey();
        if (!key.startsWith("@")) iris.add(key);
        if (key.equals("@type") || key.equals("@id")) {
          JsonValue v = e.getValue();
          if (v instanceof JsonString s) iris.add(s.getString());
          if (v instanceof JsonArray a) a.forEach(t -> iris.add(((JsonString) t).getString()));
          continue;
        }
        if (!key.equals("@value")) collect(e.getValue(), iris);
      }
    }
  }
}
