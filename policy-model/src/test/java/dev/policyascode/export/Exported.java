package dev.policyascode.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policyascode.load.LoadResult;
import dev.policyascode.load.PolicyLoader;
import dev.policyascode.model.Policy;
import dev.policyascode.model.PolicyVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** The flagship policy, loaded once, and the golden files of its exports. */
final class Exported {

  private Exported() {}

  static final Path REPO = Path.of("..").toAbsolutePath().normalize();
  static final Path GOLDEN = Path.of("src/test/resources/golden-export");

  static final Policy QUCIT = load();

  private static Policy load() {
    LoadResult r = new PolicyLoader(REPO).load(REPO.resolve("policies"));
    assertTrue(r.findings().isEmpty(), () -> "the flagship loads cleanly: " + r.findings());
    return r.policies().stream()
        .filter(p -> p.id().equals("qucit-privacy"))
        .findFirst()
        .orElseThrow();
  }

  static PolicyVersion version(String id) {
    return QUCIT.versions().stream().filter(v -> v.id().equals(id)).findFirst().orElseThrow();
  }

  static String text(ExportFile file) {
    return new String(file.bytes(), StandardCharsets.UTF_8);
  }

  /** Compares with the approved file; {@code -Dgolden.update=true} writes it instead. */
  static void assertGolden(String version, ExportFile file) throws IOException {
    Path golden = GOLDEN.resolve(version).resolve(file.path());
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(golden.getParent());
      Files.write(golden, file.bytes());
    }
    byte[] expected = Files.readAllBytes(golden);
    if (!Arrays.equals(expected, file.bytes())) {
      assertEquals(
          new String(expected, StandardCharsets.UTF_8),
          text(file),
          golden
              + " differs; if the change is intended, run with -Dgolden.update=true and review"
              + " the diff");
    }
  }

  static List<String> versions() {
    return QUCIT.versions().stream().map(PolicyVersion::id).toList();
  }
}
