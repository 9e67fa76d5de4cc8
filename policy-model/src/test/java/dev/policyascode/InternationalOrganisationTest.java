package dev.policyascode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policyascode.diagnostics.Finding;
import dev.policyascode.diff.StructuredChanges;
import dev.policyascode.flow.FlowBuilder;
import dev.policyascode.gdpr.AdequacyDecisions;
import dev.policyascode.gdpr.NoticeMatrix;
import dev.policyascode.load.LoadResult;
import dev.policyascode.load.Organisations;
import dev.policyascode.load.PolicyLoader;
import dev.policyascode.model.Policy;
import dev.policyascode.model.PolicyVersion;
import dev.policyascode.render.RegisterRenderer;
import dev.policyascode.render.SiteRenderer;
import dev.policyascode.text.Numbering;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A transfer to an international organisation, from the file to every place that shows where data
 * goes: the record of processing, the compliance evidence, the changes and the data-flow picture
 * name the organisation, never its id, and never take it for a country inside the EEA.
 */
class InternationalOrganisationTest {

  private static final String POLICY =
      """
      format: 1
      id: p
      title: Privacy Policy
      controller: {name: Example SAS, email: privacy@example.com, country: FR}
      languages: [en]
      """;

  /** A version whose patent filings go to the EPO, or, in {@code before}, to a US office. */
  private static String version(String id, String destination) {
    return """
        format: 1
        version: %s
        effective: %s
        status: published
        data_subjects:
          - {id: inventors, name: Inventors}
        data_categories:
          - {id: identity, name: Identity}
        activities:
          - id: filing
            name: Patent filing
            purposes: [to file patent applications]
            legal_basis: contract
            data_categories: [identity]
            data_subjects: [inventors]
            recipients: [epo]
        recipient_categories:
          - {id: patents, name: Patent offices}
        recipients:
          - {id: epo, name: European Patent Office, category: patents, role: controller, country: DE, international_organisation: european-patent-organisation}
        transfers:
          - {recipient: epo, %s, safeguard: adequacy-decision}
        sections:
          - id: patents
            title: Patents
            body: |
              We file patent applications with:

              ```policy
              table: recipients
              ```
        """
        .formatted(id, id, destination);
  }

  @TempDir Path dir;

  private Policy load() throws IOException {
    Path versions = Files.createDirectories(dir.resolve("p/versions"));
    Files.writeString(dir.resolve("p/policy.yaml"), POLICY);
    Files.writeString(versions.resolve("2025-01-01.yaml"), version("2025-01-01", "country: US"));
    Files.writeString(
        versions.resolve("2026-01-01.yaml"),
        version("2026-01-01", "international_organisation: european-patent-organisation"));
    LoadResult result = new PolicyLoader(dir).load(dir);
    assertEquals(List.of(), result.findings().stream().map(Finding::format).toList());
    return result.policies().get(0);
  }

  @Test
  void theRecordNamesTheOrganisationInEveryFormat() throws IOException {
    Policy policy = load();
    Path out = dir.resolve("out");
    RegisterRenderer.withTemplates(null).render(List.of(policy), out);
    List<Path> files;
    try (Stream<Path> s = Files.list(out.resolve("p"))) {
      files = s.filter(f -> f.getFileName().toString().startsWith("register.")).toList();
    }
    assertEquals(3, files.size(), "HTML, Markdown and CSV: " + files);
    for (Path f : files) {
      String text = Files.readString(f);
      assertTrue(
          text.contains("European Patent Office, European Patent Organisation"),
          f + " names the organisation the data goes to (Art. 30(1)(e))");
      assertFalse(text.contains("european-patent-organisation"), f + " shows the id");
    }
  }

  @Test
  void theNoticesTableOfRecipientsNamesTheOrganisation() throws IOException {
    Path site = dir.resolve("site");
    SiteRenderer.builder().build().render(List.of(load()), site);
    String md = Files.readString(site.resolve("p/index.md"));
    assertTrue(md.contains("|Germany (European Patent Organisation)|"), md);
  }

  @Test
  void theComplianceEvidenceNamesTheOrganisation() throws IOException {
    Policy policy = load();
    PolicyVersion v = policy.versions().get(1);
    List<String> evidence =
        NoticeMatrix.of(policy, v, Numbering.of(v)).stream()
            .filter(r -> r.item().id().equals("13(1)(f)"))
            .flatMap(r -> r.evidence().stream())
            .toList();
    assertTrue(
        evidence.contains("epo to European Patent Organisation: adequacy-decision"),
        evidence.toString());
  }

  @Test
  void theChangesSayTheTransferNowGoesToTheOrganisation() throws IOException {
    Policy policy = load();
    String changes =
        StructuredChanges.between(policy.versions().get(0), policy.versions().get(1)).toString();
    assertTrue(changes.contains("European Patent Organisation"), changes);
    assertTrue(changes.contains("United States"), changes);
  }

  @Test
  void theFlowEndsAtTheOrganisationMarkedAsATransfer() throws IOException {
    PolicyVersion v = load().versions().get(1);
    var nodes = FlowBuilder.of(v, java.util.Map.of()).columns().get(4);
    assertEquals(1, nodes.size(), nodes.toString());
    assertEquals("European Patent Organisation", nodes.get(0).label());
    assertTrue(nodes.get(0).marked(), "data sent to it leaves the EEA (Art. 44)");
  }

  @Test
  void theLoaderKnowsTheOrganisationsOfTheAdequacyDecisions() {
    assertEquals(AdequacyDecisions.organisations().stream().sorted().toList(), Organisations.ids());
    assertEquals(
        "European Patent Organisation",
        Organisations.name("european-patent-organisation").orElseThrow());
  }

  @Test
  void anUnknownOrganisationIsRefusedWithTheKnownOnesListed() throws IOException {
    Path versions = Files.createDirectories(dir.resolve("p/versions"));
    Files.writeString(dir.resolve("p/policy.yaml"), POLICY);
    Files.writeString(
        versions.resolve("2026-01-01.yaml"),
        version("2026-01-01", "international_organisation: world-patent-office"));
    List<String> messages =
        new PolicyLoader(dir).load(dir).findings().stream().map(Finding::format).toList();
    assertEquals(1, messages.size(), messages.toString());
    assertTrue(
        messages
            .get(0)
            .contains(
                "'world-patent-office' is not an international organisation this tool knows;"
                    + " write one of: european-patent-organisation (European Patent"
                    + " Organisation)"),
        messages.get(0));
    assertTrue(messages.get(0).contains("2026-01-01.yaml:22:50:"), messages.get(0));
  }
}
