package dev.policyascode.export.stores;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.policyascode.export.ExportFile;
import dev.policyascode.export.ExportFormat;
import dev.policyascode.model.Policy;
import dev.policyascode.model.PolicyVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The store labels of the app-like sample and of the flagship's newest version, compared byte for
 * byte with approved files under src/test/resources/golden-store-labels. After an intended change,
 * run with {@code -Dgolden.update=true} and review the diff.
 */
class StoreLabelsGoldenTest {

  static final Path GOLDEN = Path.of("src/test/resources/golden-store-labels");

  @TestFactory
  Stream<DynamicTest> labelsMatchTheApprovedOnes() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    List<Policy> policies = new ArrayList<>(StoreLabelsFixtures.load(StoreLabelsFixtures.SAMPLE));
    policies.addAll(StoreLabelsFixtures.load(StoreLabelsFixtures.FLAGSHIP));
    for (Policy p : policies) {
      PolicyVersion newest = p.versions().get(p.versions().size() - 1);
      for (ExportFormat f : StoreLabelFormats.ALL) {
        for (ExportFile file : f.write(p, newest)) {
          Path golden = GOLDEN.resolve(p.id()).resolve(newest.id()).resolve(file.path());
          if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(golden.getParent());
            Files.write(golden, file.bytes());
          }
          byte[] expected = Files.readAllBytes(golden);
          tests.add(
              DynamicTest.dynamicTest(
                  p.id() + "/" + file.path(),
                  () ->
                      assertEquals(
                          new String(expected, StandardCharsets.UTF_8),
                          new String(file.bytes(), StandardCharsets.UTF_8),
                          file.path()
                              + " differs from the approved file; if the change is intended,"
                              + " run with -Dgolden.update=true and review the diff")));
        }
      }
    }
    return tests.stream();
  }
}
