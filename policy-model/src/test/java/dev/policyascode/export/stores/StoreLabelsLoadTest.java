package dev.policyascode.export.stores;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policyascode.diagnostics.Finding;
import dev.policyascode.export.ExportException;
import dev.policyascode.load.LoadResult;
import dev.policyascode.load.PolicyLoader;
import dev.policyascode.model.Policy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** store-labels.yaml as the loader reads it: wrong answers said at their place, in plain words. */
class StoreLabelsLoadTest {

  @TempDir Path root;

  /** The sample copied, its store-labels.yaml with {@code from} replaced by {@code to}. */
  LoadResult loadWith(String from, String to) throws IOException {
    Path src = StoreLabelsFixtures.SAMPLE.resolve("velo-app");
    Path dst = root.resolve("policies/velo-app");
    try (Stream<Path> files = Files.walk(src)) {
      for (Path p : files.toList()) {
        Path t = dst.resolve(src.relativize(p).toString());
        if (Files.isDirectory(p)) Files.createDirectories(t);
        else Files.copy(p, t);
      }
    }
    Path labels = dst.resolve("store-labels.yaml");
    String text = Files.readString(labels);
    assertTrue(text.contains(from), from);
    Files.writeString(labels, text.replace(from, to));
    return new PolicyLoader(root).load(root.resolve("policies"));
  }

  static String only(LoadResult r) {
    assertEquals(1, r.findings().size(), r.findings().toString());
    assertEquals(List.of(), r.policies(), "a policy with a wrong label is not loaded");
    Finding f = r.findings().get(0);
    return f.at().file() + ":" + f.at().line() + ":" + f.at().column() + ": " + f.message();
  }

  @Test
  void aMisspeltStoreTypeGetsTheNearestOne() throws IOException {
    String msg = only(loadWith("play: PSL_PRECISE_LOCATION", "play: PSL_PRECISE_LOCATOIN"));
    assertTrue(
        msg.startsWith(
            "policies/velo-app/store-labels.yaml:18:11: 'PSL_PRECISE_LOCATOIN' is not a"
                + " Google Play data type; did you mean 'PSL_PRECISE_LOCATION'?"),
        msg);
  }

  @Test
  void aCategoryNoVersionHasIsRefusedWithTheNearestId() throws IOException {
    String msg = only(loadWith("category: crash-reports", "category: crash-report"));
    assertEquals(
        "policies/velo-app/store-labels.yaml:28:15: 'crash-report' is not the id of a data category"
            + " of any version; did you mean 'crash-reports'? write the id the versions give the"
            + " category under data_categories",
        msg);
  }

  @Test
  void aCategoryLabelledTwiceIsRefused() throws IOException {
    String msg = only(loadWith("category: crash-reports", "category: location"));
    assertEquals(
        "policies/velo-app/store-labels.yaml:28:15: the data category 'location' is labelled twice;"
            + " keep one entry for it",
        msg);
  }

  @Test
  void anAnswerThePolicyCannotGiveIsAskedForWhereItBelongs() throws IOException {
    // The crash reports' category does not say whether it is required: the labels must.
    LoadResult r = loadWith("    optional: false\n", "");
    assertEquals(List.of(), r.findings());
    Policy p = r.policies().get(0);
    ExportException e =
        assertThrows(
            ExportException.class, () -> new PlayDataSafetyCsv().write(p, p.versions().get(0)));
    assertEquals("policies/velo-app/store-labels.yaml", e.at().file());
    assertEquals(28, e.at().line(), "the crash reports' entry");
    assertTrue(e.getMessage().contains("write optional: true or false here"), e.getMessage());
  }

  @Test
  void withoutTheFileTheLabelsSayWhatToAdd() {
    Policy p = StoreLabelsFixtures.load(StoreLabelsFixtures.SAMPLE).get(0);
    Policy none = p.withStoreLabels(java.util.Optional.empty());
    ExportException e =
        assertThrows(
            ExportException.class, () -> new PrivacyManifest().write(none, none.versions().get(0)));
    assertTrue(e.getMessage().contains("add store-labels.yaml beside"), e.getMessage());
  }
}
