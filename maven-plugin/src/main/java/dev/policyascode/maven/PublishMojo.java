package dev.policyascode.maven;

import dev.policyascode.versions.Publish;
import dev.policyascode.versions.PublishTranslation;
import dev.policyascode.versions.WorkflowException;
import java.io.IOException;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Publishes a draft version: {@code mvn policy:publish -Dpolicy.version=2027-01-01}. Lints first,
 * with the lint's settings, and publishes nothing while the lint fails; then sets the version's
 * {@code status:} to published, changing nothing else in the file, and adds its hash to the
 * policy's {@code versions.lock}. Refuses a version that is already published, has no summary, or
 * takes effect before the newest published one. With {@code -Dpolicy.language=fr}, publishes and
 * locks the version's French translation instead, once the version is published and the translation
 * is complete and in step with it.
 */
@Mojo(name = "publish", requiresProject = false, threadSafe = true)
public class PublishMojo extends AbstractPolicyMojo {

  /** The policy (its folder's name), when the folder holds several. */
  @Parameter(property = "policy.id")
  private String policyId;

  /** The version to publish; by default the policy's only draft. */
  @Parameter(property = "policy.version")
  private String version;

  /**
   * A language of the policy: publish the version's translation into it instead of the version (by
   * default the newest published version's), and lock it.
   */
  @Parameter(property = "policy.language")
  private String language;

  @Override
  protected String goal() {
    return "publish";
  }

  @Override
  protected Optional<String> skippedBy() {
    return Optional.empty();
  }

  @Override
  protected void run() throws MojoExecutionException, MojoFailureException {
    try {
      lint();
    } catch (MojoFailureException e) {
      throw new MojoFailureException("Nothing was published. " + e.getMessage());
    }
    try {
      (language == null || language.isBlank()
              ? Publish.publish(
                  policiesDirectory.toPath(),
                  Optional.ofNullable(policyId),
                  Optional.ofNullable(version),
                  displayRoot())
              : PublishTranslation.publish(
                  policiesDirectory.toPath(),
                  Optional.ofNullable(policyId),
                  Optional.ofNullable(version),
                  language.strip(),
                  displayRoot()))
          .forEach(getLog()::info);
    } catch (WorkflowException e) {
      throw new MojoFailureException(e.getMessage());
    } catch (IOException e) {
      throw new MojoExecutionException("Cannot publish: " + e.getMessage(), e);
    }
  }
}
