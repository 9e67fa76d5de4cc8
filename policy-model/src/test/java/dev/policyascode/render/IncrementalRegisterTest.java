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
 * The records of processing with a build state: made again only when the newest published version,
 * its policy.yaml, its translation, the templates or the labels change, and the folder a clean
 * render's. The flagship's records are of 2027-01-01, in English and in French: 2 languages of 6
 * files.
 */
class IncrementalRegisterTest extends IncrementalOutputCase {

  @Override
  RenderResult write(LintReport report, Path into, Path stateFile) {
    return RegisterRenderer.incremental(templates, report.digests(), stateFile)
        .render(report.policies(), into);
  }

  @Test
  void theFirstBuildMakesEveryRecordAndTheNextNone() throws IOException {
    RenderResult first = incremental();
    assertEquals(12, first.files().size());
    assertEquals(12, first.rendered());
    assertTrue(Files.isRegularFile(state));
    RenderResult again = incremental();
    assertTrue(again.upToDate());
    assertEquals(0, again.rendered());
    assertSameAsClean();
  }

  @Test
  void anOlderVersionsEditMakesNoRecordAgain() throws IOException {
    incremental();
    edit("versions/2018-05-25.yaml", "Updated to May 25, 2018", "Updated on May 25, 2018");
    RenderResult r = incremental();
    assertTrue(r.upToDate());
    assertSameAsClean();
  }

  @Test
  void theNewestVersionsEditMakesEveryLanguagesRecordsAgain() throws IOException {
    incremental();
    append("versions/2027-01-01.yaml", "# a comment at the end\n");
    // The French records take their facts from the version, their words from the translation.
    assertEquals(12, incremental().rendered());
    assertSameAsClean();
  }

  @Test
  void anEditedTranslationMakesItsLanguagesRecordsAgainOnly() throws IOException {
    incremental();
    append("versions/2027-01-01.fr.yaml", "# a comment at the end\n");
    assertEquals(6, incremental().rendered());
    assertSameAsClean();
  }

  @Test
  void anEditedPolicyFileMakesEveryRecordAgain() throws IOException {
    incremental();
    append("policy.yaml", "# a comment at the end\n");
    assertEquals(12, incremental().rendered());
    assertSameAsClean();
  }

  @Test
  void aTemplateOverrideMakesEveryRecordAgain() throws IOException {
    incremental();
    Path builtIn = Path.of("../templates/src/main/resources/policy-templates/register.ftlh");
    Files.writeString(
        templates.resolve("register.ftlh"),
        Files.readString(builtIn).replace("<!DOCTYPE html>", "<!DOCTYPE html>\n<!-- ours -->"));
    assertEquals(12, incremental().rendered());
    assertSameAsClean();
    assertTrue(
        Files.readString(out.resolve("qucit-privacy/register.html")).contains("<!-- ours -->"));
  }

  @Test
  void aLostStateOrARecordEditedByHandIsMadeAgain() throws IOException {
    incremental();
    Path csv = out.resolve("qucit-privacy/fr/processor-register.csv");
    Files.writeString(csv, "=cmd\n");
    assertEquals(6, incremental().rendered());
    assertSameAsClean();
    Files.delete(state);
    assertEquals(12, incremental().rendered());
    assertSameAsClean();
    assertFalse(Files.readString(csv).startsWith("="));
  }

  @Test
  void aPolicyWithNothingPublishedGetsItsFolderOnTheFirstBuild() throws IOException {
    // No record yet, as after policy:init: the folder is made (empty but for its marker), then
    // kept; it used to look up to date against no state at all, and was never made.
    for (String v : new String[] {"versions/2018-05-25.yaml", "versions/2027-01-01.yaml"}) {
      edit(v, "status: published", "status: draft");
    }
    RenderResult first = incremental();
    assertEquals(0, first.files().size());
    assertFalse(first.upToDate());
    assertTrue(Files.isDirectory(out));
    assertTrue(incremental().upToDate());
    assertTrue(Files.isDirectory(out));
  }
}
