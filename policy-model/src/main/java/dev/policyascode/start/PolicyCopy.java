package dev.policyascode.start;

import dev.policyascode.lint.LintReport;
import dev.policyascode.lint.Linter;
import dev.policyascode.load.PolicyLoader;
import dev.policyascode.versions.Adoption;
import dev.policyascode.versions.WorkflowException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The policies as an adoption would leave them, linted in a temporary copy, so that what the
 * baseline cannot accept is known before a byte of the real folder is written. The copy sits at the
 * same place relative to its root as the real folder does to the repository root: the findings name
 * the same files and get the same fingerprints as they will in the real build.
 */
final class PolicyCopy {

  private PolicyCopy() {}

  static LintReport lint(Path dir, Path root, Adoption plan, Function<Path, Linter> linter)
      throws IOException, WorkflowException {
    if (!dir.startsWith(root)) {
      throw new WorkflowException(
          "The policies folder "
              + dir
              + " is outside the repository root "
              + root
              + ", so the baseline could not name its findings; nothing was changed. Run the"
              + " adoption from the repository");
    }
    Path tmp = Files.createTempDirectory("policy-adopt");
    try {
      Path copy = tmp.resolve(root.relativize(dir).toString());
      Files.createDirectories(copy);
      for (Path policy : policies(dir)) copyTree(policy, copy.resolve(policy.getFileName()));
      plan.writeTo(copy);
      return linter.apply(tmp).lint(copy);
    } finally {
      delete(tmp);
    }
  }

  /** The folders the loader reads as policies: not hidden, with a policy.yaml or versions. */
  private static List<Path> policies(Path dir) throws IOException {
    try (Stream<Path> list = Files.list(dir)) {
      return list.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
          .filter(p -> !p.getFileName().toString().startsWith("."))
          .filter(
              p ->
                  Files.exists(p.resolve(PolicyLoader.POLICY_FILE))
                      || Files.isDirectory(p.resolve(PolicyLoader.VERSIONS_DIR)))
          .sorted()
          .toList();
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) Files.createDirectories(target);
        else if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) Files.copy(p, target);
      }
    }
  }

  private static void delete(Path tmp) throws IOException {
    try (Stream<Path> walk = Files.walk(tmp)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
    }
  }
}
