package dev.policyascode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The flagship policy (policies/qucit-privacy), copied for a test to change. */
public final class Flagship {

  /** The flagship's folder in the repository. */
  public static final Path FOLDER = Path.of("../policies/qucit-privacy").toAbsolutePath();

  private Flagship() {}

  /**
   * Copies the flagship's folder as it is (policy.yaml, store labels, lock, versions and their
   * translations) into {@code policy}, which then is the policy's folder.
   */
  public static void copyTo(Path policy) throws IOException {
    try (Stream<Path> files = Files.walk(FOLDER)) {
      for (Path f : files.toList()) {
        Path to = policy.resolve(FOLDER.relativize(f).toString());
        if (Files.isDirectory(f)) Files.createDirectories(to);
        else Files.copy(f, to);
      }
    }
  }

  /** The text of the flagship's first version as version {@code id}, effective on that day. */
  public static String firstVersionAs(String id) throws IOException {
    return Files.readString(FOLDER.resolve("versions/2018-05-25.yaml"))
        .replace(
            "version: 2018-05-25\neffective: 2018-05-25", "version: " + id + "\neffective: " + id);
  }
}
