package dev.policyascode.maven;

import dev.policyascode.lint.LintInputs;
import dev.policyascode.lint.LintReport;
import java.lang.ref.SoftReference;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.apache.maven.project.MavenProject;

/**
 * The lint report shared by the goals of one module's build: {@code render}, {@code register} and
 * {@code compliance} lint before they write, and in {@code mvn package} each would lint again what
 * {@code lint} has just linted. A goal reuses the report of an earlier one only when the settings
 * are the same and {@link LintInputs#digest} says no file the linter reads has changed since, so a
 * goal in between that publishes a version or starts a new one is seen.
 *
 * <p>The report is kept in the project's context, which lives as long as the build, behind a soft
 * reference: a large report the build no longer needs may be collected, and is then linted again.
 */
final class SharedLint {

  private static final String KEY = SharedLint.class.getName() + ":";

  private record Entry(String settings, String inputs, LintReport report) {}

  private SharedLint() {}

  /**
   * The report of an earlier goal of this build when it is still right, else a new one from {@code
   * lint}, kept for the next goal.
   *
   * @param settings everything besides the files that the report depends on: the rule settings, the
   *     folder that paths are shown relative to
   * @param reused told when the report is reused, for the log
   */
  static LintReport lint(
      MavenProject project,
      Path policies,
      String settings,
      Supplier<LintReport> lint,
      Runnable reused) {
    String key = KEY + policies.toAbsolutePath().normalize();
    String inputs = LintInputs.digest(policies);
    if (project.getContextValue(key) instanceof SoftReference<?> ref
        && ref.get() instanceof Entry e
        && e.settings().equals(settings)
        && e.inputs().equals(inputs)) {
      reused.run();
      return e.report();
    }
    LintReport report = lint.get();
    project.setContextValue(key, new SoftReference<>(new Entry(settings, inputs, report)));
    return report;
  }
}
