package dev.policyascode.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policyascode.lint.LintReport;
import dev.policyascode.lint.Linter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The compliance matrices with a build state: after each kind of change, the folder is byte for
 * byte what a clean render gives, and only the matrices that depend on the change were made again.
 * The flagship, with its French translation of 2027-01-01: 3 matrices of 2 files each.
 */
class IncrementalComplianceTest {

  private static final Path FLAGSHIP = Path.of("../policies/qucit-privacy").toAbsolutePath();

  @TempDir Path dir;
  Path policies;
  Path policy;
  Path templates;
  Path out;
  Path state;

  @BeforeEach
  void setUp() throws IOException {
    policies = dir.resolve("policies");
    policy = policies.resolve("qucit-privacy");
    templates = Files.createDirectories(dir.resolve("templates"));
    out = dir.resolve("target/policy-compliance");
    state = dir.resolve("target/policy-compliance.state");
    try (Stream<Path> s = Files.walk(FLAGSHIP)) {
      for (Path from : s.toList()) {
        Path to = policy.resolve(FLAGSHIP.relativize(from).toString());
        if (Files.isDirectory(from)) Files.createDirectories(to);
        else Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }

  private RenderResult incremental() {
    LintReport report = Linter.builder().build().lint(policies);
    return new ComplianceRenderer(templates, report.digests(), state)
        .render(report.policies(), out);
  }

  /** Renders from scratch, without a state, and checks the incremental folder is the same. */
  private void assertSameAsClean() throws IOException {
    LintReport report = Linter.builder().build().lint(policies);
    Path clean = dir.resolve("clean");
    RenderResult full = new ComplianceRenderer(templates).render(report.policies(), clean);
    assertEquals(full.files().size(), full.rendered());
    List<String> expected = IncrementalRenderTest.files(clean);
    assertEquals(expected, IncrementalRenderTest.files(out));
    for (String f : expected) {
      assertArrayEquals(
          Files.readAllBytes(clean.resolve(f)), Files.readAllBytes(out.resolve(f)), f);
    }
  }

  private void edit(String file, String from, String to) throws IOException {
    Path p = policy.resolve(file);
    String text = Files.readString(p);
    assertTrue(text.contains(from), from);
    Files.writeString(p, text.replace(from, to));
  }

  @Test
  void theFirstBuildMakesEveryMatrixAndTheNextNone() throws IOException {
    RenderResult first = incremental();
    assertEquals(6, first.files().size());
    assertEquals(6, first.rendered());
    assertTrue(Files.isRegularFile(state));
    RenderResult again = incremental();
    assertTrue(again.upToDate());
    assertEquals(0, again.rendered());
    assertSameAsClean();
  }

  @Test
  void anEditedVersionMakesItsMatrixAgainOnly() throws IOException {
    incremental();
    edit("versions/2018-05-25.yaml", "Updated to May 25, 2018", "Updated on May 25, 2018");
    RenderResult r = incremental();
    assertFalse(r.upToDate());
    assertEquals(2, r.rendered());
    assertSameAsClean();
  }

  @Test
  void anEditedTranslationMakesItsLanguagesMatrixAgainOnly() throws IOException {
    incremental();
    Path fr = policy.resolve("versions/2027-01-01.fr.yaml");
    Files.writeString(fr, Files.readString(fr) + "# a comment at the end\n");
    RenderResult r = incremental();
    assertEquals(2, r.rendered());
    assertSameAsClean();
  }

  @Test
  void anEditedPolicyFileMakesEveryMatrixAgain() throws IOException {
    incremental();
    Path p = policy.resolve("policy.yaml");
    Files.writeString(p, Files.readString(p) + "# a comment at the end\n");
    assertEquals(6, incremental().rendered());
    assertSameAsClean();
  }

  @Test
  void aTemplateOrLabelsOverrideMakesEveryMatrixAgain() throws IOException {
    incremental();
    Path builtIn = Path.of("../templates/src/main/resources/policy-templates/compliance.ftlh");
    Files.writeString(
        templates.resolve("compliance.ftlh"),
        Files.readString(builtIn).replace("<!DOCTYPE html>", "<!DOCTYPE html>\n<!-- ours -->"));
    assertEquals(6, incremental().rendered());
    assertSameAsClean();
    assertTrue(
        Files.readString(out.resolve("qucit-privacy/2018-05-25/compliance.html"))
            .contains("<!-- ours -->"));
  }

  @Test
  void aDeletedVersionLeavesTheFolderAsACleanRenderWould() throws IOException {
    incremental();
    Files.delete(policy.resolve("versions/2018-05-25.yaml"));
    // The lock names it still: the lint says so, the matrices follow the files.
    RenderResult r = incremental();
    assertEquals(4, r.files().size());
    assertEquals(0, r.rendered());
    assertFalse(Files.exists(out.resolve("qucit-privacy/2018-05-25")));
    assertSameAsClean();
  }

  @Test
  void aLostStateOrAMatrixEditedByHandIsMadeAgain() throws IOException {
    incremental();
    Path page = out.resolve("qucit-privacy/2027-01-01/compliance.json");
    Files.writeString(page, "{}\n");
    assertEquals(2, incremental().rendered());
    assertSameAsClean();
    Files.delete(state);
    assertEquals(6, incremental().rendered());
    assertSameAsClean();
  }
}
