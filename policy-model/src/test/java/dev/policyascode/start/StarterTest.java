package dev.policyascode.start;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policyascode.diagnostics.Finding;
import dev.policyascode.lint.LintReport;
import dev.policyascode.lint.Linter;
import dev.policyascode.load.JsonSchemaWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * policy:init in the core: what it writes in an empty folder lints without error and finds its
 * schemas; the CI files are docs/ci.md's; and nothing is ever written over.
 */
class StarterTest {

  private static final Path REPO = Path.of("..").toAbsolutePath().normalize();

  @TempDir Path folder;

  private static Starter.Request request(String id, String controller) {
    return new Starter.Request(
        id,
        controller,
        "en",
        LocalDate.of(2026, 1, 15),
        new Starter.Plugin("dev.example", "some-plugin", "9.8.7"));
  }

  private String read(String file) throws Exception {
    return Files.readString(folder.resolve(file), StandardCharsets.UTF_8);
  }

  @Test
  void anEmptyFolderGetsEveryFileAndThePolicyLintsWithoutAnyFinding() throws Exception {
    Starter.Result r = Starter.run(request("privacy", "Acme \"Data\" SAS"), folder);
    assertEquals(
        List.of(
            "pom.xml",
            ".gitignore",
            ".mvn/jvm.config",
            ".github/workflows/policy.yml",
            ".gitlab-ci.yml",
            "schema/policy.schema.json",
            "schema/policy-version.schema.json",
            "schema/policy-translation.schema.json",
            "schema/store-labels.schema.json",
            "policies/privacy/policy.yaml",
            "policies/privacy/versions/2026-01-15.yaml"),
        r.written());
    assertEquals(List.of(), r.skipped());
    LintReport report =
        Linter.builder().displayRoot(folder).build().lint(folder.resolve("policies"));
    assertEquals(List.of("privacy"), report.policies().stream().map(p -> p.id()).toList());
    assertEquals(List.of(), report.findings().stream().map(Finding::format).toList());
    assertEquals("Acme \"Data\" SAS", report.policies().get(0).controller().name());
    assertTrue(read("policies/privacy/versions/2026-01-15.yaml").contains("status: draft"));
  }

  @Test
  void thePomNamesThePluginByTheCoordinatesItIsGiven() throws Exception {
    Starter.run(request("privacy", "Example SAS"), folder);
    String pom = read("pom.xml");
    assertTrue(
        pom.contains(
            "<groupId>dev.example</groupId>\n        <artifactId>some-plugin</artifactId>\n"
                + "        <version>9.8.7</version>"),
        pom);
    assertTrue(pom.contains("<policiesDirectory>${project.basedir}/policies</policiesDirectory>"));
    assertTrue(!pom.contains("@"), "every token of the template is replaced: " + pom);
  }

  @Test
  void theModelinesPointAtTheSchemaFilesWrittenBesideThem() throws Exception {
    Starter.run(request("privacy", "Example SAS"), folder);
    for (String file :
        List.of("policies/privacy/policy.yaml", "policies/privacy/versions/2026-01-15.yaml")) {
      String first = read(file).lines().findFirst().orElseThrow();
      String prefix = "# yaml-language-server: $schema=";
      assertTrue(first.startsWith(prefix), first);
      Path schema = folder.resolve(file).getParent().resolve(first.substring(prefix.length()));
      assertTrue(Files.isRegularFile(schema), file + " points at " + schema);
      String name = schema.getFileName().toString();
      assertEquals(JsonSchemaWriter.schemas().get(name), Files.readString(schema));
    }
  }

  @Test
  void theCiFilesAreThoseOfDocsCi() throws Exception {
    Starter.run(request("privacy", "Example SAS"), folder);
    String doc = Files.readString(REPO.resolve("docs/ci.md"), StandardCharsets.UTF_8);
    assertEquals(block(doc, "GitHub Actions"), read(".github/workflows/policy.yml"));
    assertEquals(block(doc, "GitLab CI"), read(".gitlab-ci.yml"));
  }

  private static String block(String doc, String heading) {
    int from = doc.indexOf("\n## " + heading + "\n");
    int start = doc.indexOf("```yaml\n", from) + "```yaml\n".length();
    return doc.substring(start, doc.indexOf("\n```\n", start) + 1);
  }

  @Test
  void existingFilesAreKeptByteForByteNamedWithWhyAndTheOthersStillWritten() throws Exception {
    Files.writeString(folder.resolve("pom.xml"), "<project>mine</project>");
    Files.createDirectories(folder.resolve("policies/privacy/versions"));
    Files.writeString(folder.resolve("policies/privacy/versions/2024-05-01.yaml"), "mine");
    Files.createDirectories(folder.resolve(".gitignore"));
    Starter.Result r = Starter.run(request("privacy", "Example SAS"), folder);
    assertEquals("<project>mine</project>", read("pom.xml"));
    assertEquals("mine", read("policies/privacy/versions/2024-05-01.yaml"));
    assertTrue(!Files.exists(folder.resolve("policies/privacy/versions/2026-01-15.yaml")));
    assertEquals(
        List.of(
            new Starter.Skipped(
                "pom.xml",
                "it already exists and init never writes over a file; yours is kept as it is",
                Starter.Kind.KEPT),
            new Starter.Skipped(
                ".gitignore",
                "something that is not a plain file is there; init never replaces it",
                Starter.Kind.KEPT),
            new Starter.Skipped(
                "policies/privacy/versions/2026-01-15.yaml",
                "the policy already has a version (2024-05-01.yaml), and a starter draft would be"
                    + " one more",
                Starter.Kind.KEPT)),
        r.skipped());
    assertTrue(r.written().contains("policies/privacy/policy.yaml"), r.written().toString());
  }

  @Test
  void aSecondRunWritesNothing() throws Exception {
    Starter.Result first = Starter.run(request("privacy", "Example SAS"), folder);
    Starter.Result again = Starter.run(request("privacy", "Example SAS"), folder);
    assertEquals(List.of(), again.written());
    // every file the first run wrote is skipped, each with its reason
    assertEquals(first.written().size(), again.skipped().size(), again.toString());
    assertTrue(
        again.skipped().stream()
            .allMatch(s -> s.kind() != Starter.Kind.FAILED && !s.why().isEmpty()),
        again.toString());
  }

  @Test
  void aBadIdOrControllerIsRefusedBeforeAnythingIsWritten() throws Exception {
    StartException id =
        assertThrows(StartException.class, () -> Starter.run(request("../x", "A"), folder));
    assertTrue(id.getMessage().startsWith("The policy id '../x' is not an id"), id.getMessage());
    StartException name =
        assertThrows(StartException.class, () -> Starter.run(request("privacy", "A\nB"), folder));
    assertTrue(name.getMessage().contains("is not a name on one line"), name.getMessage());
    try (var list = Files.list(folder)) {
      assertEquals(0, list.count());
    }
  }
}
