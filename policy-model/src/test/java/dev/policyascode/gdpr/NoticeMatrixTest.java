package dev.policyascode.gdpr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.policyascode.load.PolicyLoader;
import dev.policyascode.model.Policy;
import dev.policyascode.model.PolicyVersion;
import dev.policyascode.text.Numbering;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NoticeMatrixTest {

  private static final String POLICY =
      "format: 1\nid: p\ntitle: Privacy Policy\ncontroller:\n  name: Example Inc.\n"
          + "  email: privacy@example.com\n  country: US\nlanguages: [en]\n";

  private static final String VERSION =
      """
      format: 1
      version: v1
      effective: 2024-01-01
      status: draft
      data_subjects:
        - {id: prospects, name: Prospects}
      data_categories:
        - {id: email, name: Email, source: a list rented from Lists Ltd}
      activities:
        - id: prospecting
          name: Prospecting
          purposes: [offer our products]
          legal_basis: consent
          data_categories: [email]
          data_subjects: [prospects]
          recipients: [lists]
      recipients:
        - {id: lists, name: Lists Ltd, category: brokers, role: controller, country: GB}
      recipient_categories:
        - {id: brokers, name: List brokers}
      sections:
        - {id: a, title: A}
      """;

  @Test
  void article14ItemsAppearWhenDataComesFromElsewhereAndConditionsFollowTheData(@TempDir Path dir)
      throws Exception {
    Path versions = Files.createDirectories(dir.resolve("p/versions"));
    Files.writeString(dir.resolve("p/policy.yaml"), POLICY);
    Files.writeString(versions.resolve("v1.yaml"), VERSION);
    Policy policy = new PolicyLoader(dir).load(dir).policies().get(0);
    PolicyVersion v = policy.versions().get(0);
    Map<String, String> status = new LinkedHashMap<>();
    NoticeMatrix.of(policy, v, Numbering.of(v))
        .forEach(r -> status.put(r.item().id(), r.status().word()));
    Map<String, String> expected = new LinkedHashMap<>();
    // A controller outside the EEA with no representative in the Union (Art. 27).
    expected.put("13(1)(a)", "missing");
    expected.put("13(1)(b)", "not-applicable");
    expected.put("13(1)(c)", "covered");
    expected.put("13(1)(d)", "not-applicable");
    expected.put("13(1)(e)", "covered");
    // The United Kingdom is outside the EEA since 2021, and no transfer is listed.
    expected.put("13(1)(f)", "missing");
    expected.put("13(2)(a)", "missing");
    expected.put("13(2)(b)", "missing");
    expected.put("13(2)(c)", "missing");
    expected.put("13(2)(d)", "missing");
    // Every category comes from elsewhere: nothing is asked of the person.
    expected.put("13(2)(e)", "not-applicable");
    expected.put("13(2)(f)", "not-stated");
    // A controller in the United States: French law's post-mortem directives are not owed.
    expected.put("85 LIL", "not-applicable");
    expected.put("14(1)(d)", "covered");
    expected.put("14(2)(f)", "covered");
    assertEquals(expected, status);
  }

  /** Post-mortem directives are French law: shown for a French controller, nowhere else. */
  @Test
  void postMortemDirectivesAreShownForAFrenchControllerAndCoveredWhenStated(@TempDir Path dir)
      throws Exception {
    assertEquals("not-stated", postMortem(dir.resolve("a"), "FR", ""));
    assertEquals(
        "covered",
        postMortem(
            dir.resolve("b"),
            "FR",
            "rights:\n  - {right: post-mortem-directives, label: directives for after death}\n"));
    assertEquals("not-applicable", postMortem(dir.resolve("c"), "DE", ""));
  }

  private static String postMortem(Path dir, String country, String rights) throws Exception {
    Path versions = Files.createDirectories(dir.resolve("p/versions"));
    Files.writeString(
        dir.resolve("p/policy.yaml"), POLICY.replace("country: US", "country: " + country));
    Files.writeString(
        versions.resolve("v1.yaml"), VERSION.replace("sections:\n", rights + "sections:\n"));
    Policy policy = new PolicyLoader(dir).load(dir).policies().get(0);
    PolicyVersion v = policy.versions().get(0);
    return NoticeMatrix.of(policy, v, Numbering.of(v)).stream()
        .filter(r -> r.item().id().equals("85 LIL"))
        .findFirst()
        .orElseThrow()
        .status()
        .word();
  }
}
