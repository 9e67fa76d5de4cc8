package dev.policyascode;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * The real policies kept beside the repository, in {@code ../shared/corpus}, which a clone of this
 * repository alone does not have. Tests that read them skip with a warning where the corpus is
 * missing, and fail instead with {@code -Dcorpus.required=true}, which CI ({@code .ci/run}) sets,
 * so that a missing corpus can never pass for a green run there.
 */
public final class Corpus {

  /** The property that makes a missing corpus fail the tests that read it. */
  public static final String REQUIRED = "corpus.required";

  private Corpus() {}

  /** The corpus folder, beside the repository root; the tests run in a module folder. */
  public static Path folder() {
    Path module = Path.of(System.getProperty("basedir", "")).toAbsolutePath().normalize();
    return module.getParent().resolveSibling("shared").resolve("corpus");
  }

  /** The corpus folder, or the calling test skipped (failed where the corpus is required). */
  public static Path require() {
    return require(folder(), "the corpus of real policies");
  }

  /**
   * A file or folder of the material beside the repository ({@code ../shared}), or the calling test
   * skipped (failed where that material is required).
   */
  public static Path require(Path path, String what) {
    if (Files.exists(path)) return path;
    String missing =
        what + " is not at " + path + " (it lies beside the repository in CI, not in a clone)";
    if (Boolean.getBoolean(REQUIRED)) {
      fail(missing + ". The corpus tests are required (-D" + REQUIRED + "=true).");
    }
    String skip =
        "Skipping a test: " + missing + ". Set -D" + REQUIRED + "=true to make this fail.";
    System.out.println("[WARNING] " + skip);
    Assumptions.abort(skip);
    throw new AssertionError("unreachable");
  }
}
