package dev.policyascode.maven;

import dev.policyascode.lint.report.BaselineChange.Mode;
import dev.policyascode.lint.report.LintRun;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Checks the policies and fails the build on new findings at or above {@code failOn}. Findings
 * print as {@code path/file.yaml:12:5: error: message [rule-id]}, relative to the repository root;
 * every finding is also written as SARIF and JSON. Runs without a project too: {@code mvn
 * dev.policyascode:policy-maven-plugin:lint -Dpolicy.directory=policies}.
 */
@Mojo(
    name = "lint",
    defaultPhase = LifecyclePhase.VALIDATE,
    requiresProject = false,
    threadSafe = true)
public class LintMojo extends AbstractPolicyMojo {

  /** Skips this goal only; {@code policy:render} still lints before it renders. */
  @Parameter(property = "policy.lint.skip", defaultValue = "false")
  private boolean skipLint;

  /**
   * Writes every current finding to the baseline file (new ones added, fixed ones pruned) instead
   * of failing on them. Review the file's diff before committing it.
   */
  @Parameter(property = "policy.baseline.update", defaultValue = "false")
  private boolean updateBaseline;

  /**
   * Removes from the baseline file what matches no finding any more (and says what), without
   * accepting new findings: they still fail the build.
   */
  @Parameter(property = "policy.baseline.prune", defaultValue = "false")
  private boolean pruneBaseline;

  @Override
  protected String goal() {
    return "lint";
  }

  @Override
  protected Optional<String> skippedBy() {
    return skipLint ? Optional.of("policy.lint.skip") : Optional.empty();
  }

  @Override
  protected void run() throws MojoExecutionException, MojoFailureException {
    if (updateBaseline && pruneBaseline) {
      throw new MojoExecutionException(
          "updateBaseline (policy.baseline.update) and pruneBaseline (policy.baseline.prune) are"
              + " both set; an update prunes too, so set only one");
    }
    long start = System.nanoTime();
    lint(updateBaseline ? Mode.UPDATE : pruneBaseline ? Mode.PRUNE : Mode.NONE);
    // Only when the lint passes: a failed build ends with its sentence, not a time.
    getLog().info(LintRun.took((System.nanoTime() - start) / 1_000_000));
  }
}
