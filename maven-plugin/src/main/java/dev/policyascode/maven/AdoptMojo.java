package dev.policyascode.maven;

import dev.policyascode.lint.Linter;
import dev.policyascode.lint.report.BaselineChange;
import dev.policyascode.start.Adopt;
import dev.policyascode.versions.WorkflowException;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Adopts the notice in force, typically a version just written by {@code policy:import}, in one
 * step: {@code mvn policy:adopt -Dpolicy.version=2024-05-01}. The version is written as published,
 * locked in {@code versions.lock}, and its current findings are accepted in the baseline, so that
 * the first build is green, every legacy finding stays visible as accepted, and any new finding
 * fails. A finding no baseline may accept is named before anything is written, and then nothing is.
 * Refuses an unknown version, a published one, a policy that already has a published version, and a
 * version that takes effect after today.
 */
@Mojo(name = "adopt", requiresProject = false, threadSafe = true)
public class AdoptMojo extends AbstractPolicyMojo {

  /** The policy (its folder's name), when the folder holds several. */
  @Parameter(property = "policy.id")
  private String policyId;

  /** The version to adopt; by default the policy's only draft. */
  @Parameter(property = "policy.version")
  private String version;

  @Override
  protected String goal() {
    return "adopt";
  }

  @Override
  protected Optional<String> skippedBy() {
    return Optional.empty();
  }

  @Override
  protected void run() throws MojoExecutionException, MojoFailureException {
    // Read the settings first, so that a wrong rule name is said before anything else.
    LintParameters.linter(rules, displayRoot(), plainSentenceWords);
    Adopt.Request request =
        new Adopt.Request(
            policiesDirectory.toPath(),
            Optional.ofNullable(policyId).filter(s -> !s.isBlank()),
            Optional.ofNullable(version).filter(s -> !s.isBlank()),
            displayRoot(),
            LocalDate.now(),
            baselineFile.toPath(),
            shown(baselineFile));
    Adopt.Result r;
    try {
      r =
          Adopt.run(
              request, root -> linter(root), LintFiles.baseline(this, BaselineChange.Mode.NONE));
    } catch (WorkflowException e) {
      throw new MojoFailureException(e.getMessage());
    } catch (IOException e) {
      throw new MojoExecutionException("Cannot adopt: " + e.getMessage(), e);
    }
    LintLog.log(getLog(), r.lines());
    if (r.failure().isPresent()) throw new MojoFailureException(r.failure().get());
  }

  private Linter linter(java.nio.file.Path root) {
    try {
      return LintParameters.linter(rules, root, plainSentenceWords);
    } catch (MojoExecutionException e) {
      // read once already in run(): the settings do not change in between
      throw new IllegalStateException(e.getMessage(), e);
    }
  }
}
