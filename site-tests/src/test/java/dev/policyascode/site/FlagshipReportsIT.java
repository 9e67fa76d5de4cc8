package dev.policyascode.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The flagship's lint reports as the build of policies/ wrote them, read as the tools that take
 * them do: the SARIF file, uploaded to GitHub code scanning as docs/ci.md shows, opens an alert for
 * every result it holds, suppressed or not (github/codeql-action#1230), so a green build's file
 * must hold none; the JSON report still lists what the baseline accepts.
 */
class FlagshipReportsIT {

  private static final Path TARGET =
      Path.of(System.getProperty("site.outputs", "../policies/target"));
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Test
  void theSarifUploadOpensNoAlertForAcceptedFindings() {
    JsonNode results = JSON.readTree(TARGET.resolve("policy-lint.sarif")).at("/runs/0/results");
    List<String> alerts = new ArrayList<>();
    results.forEach(r -> alerts.add(r.get("ruleId").stringValue() + " " + r.at("/message/text")));
    assertEquals(List.of(), alerts, "the flagship's build is green, so no result may be uploaded");
  }

  @Test
  void theJsonReportKeepsTheAcceptedFindings() {
    JsonNode findings = JSON.readTree(TARGET.resolve("policy-lint.json")).get("findings");
    int baselined = 0;
    for (JsonNode f : findings) if ("baselined".equals(f.get("status").stringValue())) baselined++;
    assertTrue(baselined > 0, "the flagship's 2018 version has accepted findings: " + findings);
  }
}
