package dev.policyascode.maven;

import dev.policyascode.versions.NewVersion;
import dev.policyascode.versions.WorkflowException;
import java.io.IOException;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Starts the next draft version of a policy as a copy of its newest version: {@code mvn
 * policy:new-version -Dpolicy.effective=2027-01-01}. The copy keeps every comment and line of the
 * old file; its id and effective date are the new ones, its status is draft and its summary is
 * removed. Never overwrites a file.
 */
@Mojo(name = "new-version", requiresProject = false, threadSafe = true)
public class NewVersionMojo extends AbstractPolicyMojo {

  /** The policy (its folder's name), when the folder holds several. */
  @Parameter(property = "policy.id")
  private String policyId;

  /** The new version's effective date, YYYY-MM-DD. */
  @Parameter(property = "policy.effective")
  private String effective;

  /** The new version's id and file name; by default its effective date. */
  @Parameter(property = "policy.version")
  private String version;

  @Override
  protected String goal() {
    return "new-version";
  }

  @Override
  protected Optional<String> skippedBy() {
    return Optional.empty();
  }

  @Override
  protected void run() throws MojoExecutionException, MojoFailureException {
    try {
      NewVersion.start(
              policiesDirectory.toPath(),
              Optional.ofNullable(policyId),
              effective,
              Optional.ofNullable(version),
              displayRoot())
          .forEach(getLog()::info);
    } catch (WorkflowException e) {
      throw new MojoFailureException(e.getMessage());
    } catch (IOException e) {
      throw new MojoExecutionException("Cannot write the new version: " + e.getMessage(), e);
    }
  }
}
