package dev.policyascode.render;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An output folder is deleted and written anew on every build, so a folder whose loss would lose
 * anything but an earlier output is refused before anything is touched: the project and what holds
 * it, another output, a folder of someone else's files. Each refusal names the setting, the folder
 * and why, and leaves every file where it was.
 */
class OutputGuardTest {

  @TempDir Path dir;
  private Path project;
  private Path policies;
  private List<Policy> loaded;

  /** A project as a user has it: a POM, a policy, a docs folder of their own. */
  @BeforeEach
  void setUp() throws IOException {
    project = dir.resolve("repo/policies");
    policies = project;
    RenderSafetyTest.write(project.resolve("pom.xml"), "<project/>");
    RenderSafetyTest.write(project.resolve("docs/how-we-publish.md"), "Our own notes.");
    RenderSafetyTest.write(dir.resolve("repo/README.md"), "The repository.");
    RenderSafetyTest.write(
        project.resolve("p/policy.yaml"),
        "format: 1\nid: p\ntitle: Policy\ncontroller:\n  name: Example SAS\nlanguages: [en]\n");
    RenderSafetyTest.write(
        project.resolve("p/versions/2024-01-01.yaml"),
        """
        format: 1
        version: 2024-01-01
        effective: 2024-01-01
        status: published
        sections:
          - id: one
            title: One
            body: The text.
        """);
    loaded = Linter.builder().build().lint(policies).policies();
  }

  /** The guard the plugin builds for the site: the project's folders, the other outputs. */
  private OutputGuard guard() {
    return OutputGuard.builder("outputDirectory (policy.outputDirectory)")
        .suggestion("target/policy-site")
        .root(policies, "the policies folder")
        .root(project, "the project's folder")
        .root(dir.resolve("repo"), "the repository's root folder")
        .keep(project.resolve("p"), "the policy folder p")
        .otherOutput(
            project.resolve("target/policy-register"), OutputKind.REGISTER, "registerDirectory")
        .buildDirectory(project.resolve("target"))
        .displayRoot(dir.resolve("repo"))
        .build();
  }

  private RenderException refused(Path output) {
    return assertThrows(
        RenderException.class,
        () -> SiteRenderer.builder().build().render(loaded, output, guard()));
  }

  @Test
  void aFolderOfSomeoneElsesFilesIsRefusedAndKept() throws IOException {
    Path docs = project.resolve("docs");
    RenderException e =
        assertThrows(
            RenderException.class, () -> SiteRenderer.builder().build().render(loaded, docs));
    assertTrue(e.getMessage().contains(docs.toRealPath().toString()), e.getMessage());
    assertTrue(e.getMessage().contains("files this plugin did not write"), e.getMessage());
    assertTrue(e.getMessage().contains("no .policy-output file"), e.getMessage());
    assertEquals("Our own notes.", Files.readString(docs.resolve("how-we-publish.md")));
    assertEquals(List.of("how-we-publish.md"), names(docs), "nothing written into it either");
  }

  @Test
  void theProjectItselfIsRefusedEvenWithoutAGuardThatKnowsIt() throws IOException {
    Map<String, String> before = FolderHashes.of(dir);
    for (Path output : List.of(project, project.resolve(".."), project.resolve("docs/.."))) {
      assertThrows(
          RenderException.class,
          () -> SiteRenderer.builder().build().render(loaded, output),
          output.toString());
    }
    assertEquals(before, FolderHashes.of(dir), "every file of the project is still there");
  }

  @Test
  void theProjectAndWhatHoldsItAreRefusedWithWhy() throws IOException {
    Map<String, String> before = FolderHashes.of(dir);
    RenderException self = refused(project);
    assertEquals(
        "outputDirectory (policy.outputDirectory) is policies, which is the policies folder. An output folder is emptied and written anew on"
            + " every build, so everything in it would be deleted. Nothing was changed. Choose a"
            + " new or empty folder used for nothing else, such as target/policy-site.",
        self.getMessage());
    RenderException parent = refused(project.resolve(".."));
    assertTrue(
        parent.getMessage().contains("which holds the policies folder (policies)"),
        parent.getMessage());
    assertTrue(
        refused(project.resolve("target/../p"))
            .getMessage()
            .contains("which is the policy folder"));
    assertTrue(refused(dir).getMessage().contains("which holds the policies folder"));
    assertEquals(before, FolderHashes.of(dir), "every file of the project is still there");
  }

  @Test
  void aLinkToTheProjectIsRefused() throws IOException {
    Path link = Files.createSymbolicLink(dir.resolve("site-link"), project);
    Map<String, String> before = FolderHashes.of(project);
    assertTrue(refused(link).getMessage().contains("which is the policies folder"));
    assertTrue(refused(link.resolve("docs/..")).getMessage().contains("the policies folder"));
    assertEquals(before, FolderHashes.of(project));
    assertTrue(Files.isSymbolicLink(link));
  }

  @Test
  void aFileIsRefusedAndKept() throws IOException {
    Path pom = project.resolve("pom.xml");
    assertTrue(refused(pom).getMessage().contains("which is a file, not a folder"));
    assertEquals("<project/>", Files.readString(pom));
  }

  @Test
  void outputsStayApart() throws IOException {
    Path register = project.resolve("target/policy-register");
    assertTrue(refused(register).getMessage().contains("which is the folder of the records"));
    assertTrue(
        refused(project.resolve("target"))
            .getMessage()
            .contains(
                "which holds the folder of the records of processing (registerDirectory,"
                    + " policies/target/policy-register)"));
    assertTrue(
        refused(register.resolve("site")).getMessage().contains("which lies inside the folder of"));
    assertTrue(
        refused(register)
            .getMessage()
            .contains("The records of processing are internal and must never be published."));
    assertTrue(
        refused(register.resolve("site"))
            .getMessage()
            .endsWith(
                "so each would delete the other. Nothing was changed. Give each output a folder of"
                    + " its own, none inside another."));
  }

  @Test
  void anInternalOutputIsRefusedInsideThePublicSite() throws IOException {
    Path site = project.resolve("target/policy-site");
    SiteRenderer.builder().build().render(loaded, site, guard());
    Map<String, String> before = FolderHashes.of(site);
    OutputGuard registerGuard =
        OutputGuard.builder("registerDirectory (policy.registerDirectory)")
            .root(project, "the project's folder")
            .otherOutput(site, OutputKind.SITE, "outputDirectory")
            .displayRoot(project)
            .build();
    for (Path inside : List.of(site, site.resolve("register"))) {
      RenderException e =
          assertThrows(
              RenderException.class,
              () -> RegisterRenderer.withTemplates(null).render(loaded, inside, registerGuard));
      assertTrue(e.getMessage().startsWith("registerDirectory (policy.registerDirectory) is "));
      assertTrue(e.getMessage().contains("the public site (outputDirectory, target/policy-site)"));
    }
    assertTrue(
        assertThrows(
                RenderException.class,
                () ->
                    RegisterRenderer.withTemplates(null)
                        .render(loaded, site.resolve("register"), registerGuard))
            .getMessage()
            .contains("The records of processing are internal and must never be published."));
    // A guard that does not know where the site is still reads the site's marker.
    RenderException marked =
        assertThrows(
            RenderException.class, () -> new ComplianceRenderer(null).render(loaded, site));
    assertTrue(
        marked.getMessage().contains("which already holds the public site (its .policy-output"),
        marked.getMessage());
    assertEquals(before, FolderHashes.of(site));
  }

  @Test
  void anEmptyANewAndAMarkedFolderAreReplaced() throws IOException {
    Path empty = Files.createDirectories(project.resolve("public"));
    SiteRenderer.builder().build().render(loaded, empty, guard());
    String marker = Files.readString(empty.resolve(".policy-output"));
    assertTrue(marker.startsWith("privacy-policy-as-code output: site\n"), marker);
    Files.writeString(empty.resolve("p/stale.html"), "from an older build");
    SiteRenderer.builder().build().render(loaded, empty, guard());
    assertTrue(Files.notExists(empty.resolve("p/stale.html")));
    assertEquals(marker, Files.readString(empty.resolve(".policy-output")), "the same bytes");
    SiteRenderer.builder().build().render(loaded, dir.resolve("new/site"), guard());
    assertTrue(Files.isRegularFile(dir.resolve("new/site/.policy-output")));
  }

  @Test
  void anOutputWithoutMarkerIsReplacedOnlyStrictlyInsideTheBuildFolder() throws IOException {
    // What a version that wrote no marker left in target/: the build owns target/ whole.
    Path older = project.resolve("target/policy-site");
    RenderSafetyTest.write(older.resolve("p/index.html"), "an older render");
    SiteRenderer.builder().build().render(loaded, older, guard());
    assertTrue(Files.isRegularFile(older.resolve(".policy-output")));
    // target/ itself holds what other plugins wrote.
    RenderSafetyTest.write(project.resolve("target/classes/A.class"), "compiled");
    OutputGuard inTarget =
        OutputGuard.builder("outputDirectory")
            .root(project, "the project's folder")
            .buildDirectory(project.resolve("target"))
            .build();
    RenderException e =
        assertThrows(
            RenderException.class,
            () ->
                SiteRenderer.builder().build().render(loaded, project.resolve("target"), inTarget));
    assertTrue(e.getMessage().contains("files this plugin did not write"), e.getMessage());
    assertTrue(Files.isRegularFile(project.resolve("target/classes/A.class")));
    // A build folder set to the project itself throws nothing away.
    OutputGuard projectAsBuild =
        OutputGuard.builder("outputDirectory")
            .root(project, "the project's folder")
            .buildDirectory(project)
            .build();
    assertThrows(
        RenderException.class,
        () ->
            SiteRenderer.builder().build().render(loaded, project.resolve("docs"), projectAsBuild));
    assertTrue(Files.isRegularFile(project.resolve("docs/how-we-publish.md")));
  }

  @Test
  void aStateFileOfSomeoneElseIsNotOverwritten() throws IOException {
    Path state = project.resolve("public.state");
    Files.writeString(state, "a user's file that happens to have this name");
    SiteRenderer renderer = SiteRenderer.builder().stateFile(state).build();
    Path out = project.resolve("public");
    RenderException e =
        assertThrows(RenderException.class, () -> renderer.render(loaded, out, guard()));
    assertTrue(e.getMessage().contains("policies/public.state"), e.getMessage());
    assertEquals("a user's file that happens to have this name", Files.readString(state));
    assertTrue(Files.notExists(out));
    Files.delete(state);
    assertDoesNotThrow(() -> renderer.render(loaded, out, guard()));
    assertDoesNotThrow(() -> renderer.render(loaded, out, guard()), "its own state is replaced");
  }

  @Test
  void theMarkerIsNoPageAPolicyCanWrite() {
    OutputFiles out = new OutputFiles();
    assertThrows(RenderException.class, () -> out.add(".policy-output", "forged"));
  }

  private static List<String> names(Path folder) throws IOException {
    try (var s = Files.list(folder)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
