package dev.policyascode.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policyascode.export.ExportFormat;
import dev.policyascode.export.catalog.ExportFormats;
import dev.policyascode.lint.LintReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The exports with a build state: only the files of a version whose inputs changed are made again,
 * and the folder is a clean export's. Every format, over the flagship's 2 versions: 10 files.
 */
class IncrementalExportTest extends IncrementalOutputCase {

  List<ExportFormat> formats = ExportFormats.all();

  @Override
  RenderResult write(LintReport report, Path into, Path stateFile) {
    return ExportWriter.write(
        report.policies(), formats, into, OutputGuard.strict(), report.digests(), stateFile);
  }

  @Test
  void theFirstBuildMakesEveryFileAndTheNextNone() throws IOException {
    assertEquals(5, formats.size());
    RenderResult first = incremental();
    assertEquals(10, first.files().size());
    assertEquals(10, first.rendered());
    assertTrue(incremental().upToDate());
    assertSameAsClean();
  }

  @Test
  void anEditedVersionMakesItsFilesAgainOnly() throws IOException {
    incremental();
    edit("versions/2018-05-25.yaml", "Updated to May 25, 2018", "Updated on May 25, 2018");
    RenderResult r = incremental();
    assertFalse(r.upToDate());
    assertEquals(5, r.rendered());
    assertSameAsClean();
  }

  @Test
  void anEditedPolicyFileStoreLabelsOrTranslationMakesEveryFileAgain() throws IOException {
    incremental();
    for (String file : List.of("policy.yaml", "store-labels.yaml", "versions/2027-01-01.fr.yaml")) {
      append(file, "# a comment at the end\n");
      assertEquals(10, incremental().rendered(), file);
      assertSameAsClean();
    }
  }

  @Test
  void anotherChoiceOfFormatsKeepsTheFilesOfTheFormatsKept() throws IOException {
    incremental();
    formats = ExportFormats.all().subList(0, 2);
    RenderResult fewer = incremental();
    assertEquals(4, fewer.files().size());
    assertEquals(0, fewer.rendered());
    assertSameAsClean();
    formats = ExportFormats.all();
    assertEquals(6, incremental().rendered());
    assertSameAsClean();
  }

  @Test
  void aDeletedVersionOrALostStateLeavesTheFolderAsACleanExportWould() throws IOException {
    incremental();
    Files.delete(policy.resolve("versions/2018-05-25.yaml"));
    assertEquals(0, incremental().rendered());
    assertFalse(Files.exists(out.resolve("qucit-privacy/2018-05-25")));
    assertSameAsClean();
    Files.delete(state);
    assertEquals(5, incremental().rendered());
    assertSameAsClean();
  }
}
