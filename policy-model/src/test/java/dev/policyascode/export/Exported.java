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

  static final Policy QUCIT = load("policies", "qucit-privacy");

  /** The app-like sample of the export's invoker build: location and crash data, a transfer. */
  static final Policy TRAILMAP = load("maven-plugin/src/it/export", "trailmap-privacy");

  static Policy load(String folder, String id) {
    LoadResult r = new PolicyLoader(REPO).load(REPO.resolve(folder));
    assertTrue(r.findings().isEmpty(), () -> id + " loads cleanly: " + r.findings());
    return r.policies().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
  }

  static PolicyVersion version(String id) {
    return (id.equals(TRAILMAP_VERSION) ? TRAILMAP : QUCIT)
        .versions().stream().filter(v -> v.id().equals(id)).findFirst().orElseThrow();
  }

  static String text(ExportFile file) {
    return new String(file.bytes(), StandardCharsets.UTF_8);
  }

  /** Compares with the approved file; {@code -Dgolden.update=true} writes it instead. */
  static void assertGolden(String version, ExportFile file) throws IOException {
    Path golden = GOLDEN.resolve(policy(version).id()).resolve(version).resolve(file.path());
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

  static final String TRAILMAP_VERSION = "2026-06-01";

  /** Each version of the flagship, then the sample's. */
  static List<String> versions() {
    List<String> all =
        new java.util.ArrayList<>(QUCIT.versions().stream().map(PolicyVersion::id).toList());
    all.add(TRAILMAP_VERSION);
    return all;
  }

  static Policy policy(String version) {
    return version.equals(TRAILMAP_VERSION) ? TRAILMAP : QUCIT;
  }
}
