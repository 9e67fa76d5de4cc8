package dev.policyascode.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policyascode.lint.LintReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The compliance matrices with a build state: only the matrices that depend on a change are made
 * again, and the folder is a clean render's. The flagship has 3 matrices (2 versions, and the
 * French 2027-01-01) of 2 files each.
 */
class IncrementalComplianceTest extends IncrementalOutputCase {

  @Override
  RenderResult write(LintReport report, Path into, Path stateFile) {
    return new ComplianceRenderer(templates, report.digests(), stateFile)
        .render(report.policies(), into);
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
    append("versions/2027-01-01.fr.yaml", "# a comment at the end\n");
    RenderResult r = incremental();
    assertEquals(2, r.rendered());
    assertSameAsClean();
  }

  @Test
  void anEditedPolicyFileMakesEveryMatrixAgain() throws IOException {
    incremental();
    append("policy.yaml", "# a comment at the end\n");
    assertEquals(6, incremental().rendered());
    assertSameAsClean();
  }

  @Test
  void editedStoreLabelsMakeNoMatrixAgain() throws IOException {
    incremental();
    append("store-labels.yaml", "# a comment at the end\n");
    assertEquals(0, incremental().rendered());
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
