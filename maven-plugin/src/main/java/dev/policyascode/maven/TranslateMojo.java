package dev.policyascode.maven;

import dev.policyascode.versions.Translate;
import dev.policyascode.versions.WorkflowException;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Starts or updates a version's translation: {@code mvn policy:translate -Dpolicy.language=fr}
 * writes {@code versions/<version>.fr.yaml} with every text of the version under its key and the
 * source text beside each as a comment, carrying the texts of the previous version's translation
 * over. {@code -Dpolicy.translated=section.cookies.body,...} (or {@code all}) marks texts
 * translated: each records the fingerprint of its source text as it is now. Never touches a
 * published translation.
 */
@Mojo(name = "translate", requiresProject = false, threadSafe = true)
public class TranslateMojo extends AbstractPolicyMojo {

  /** The policy (its folder's name), when the folder holds several. */
  @Parameter(property = "policy.id")
  private String policyId;

  /** The version to translate; by default the policy's newest. */
  @Parameter(property = "policy.version")
  private String version;

  /** The language to translate into, one of policy.yaml's languages, such as fr. */
  @Parameter(property = "policy.language", required = true)
  private String language;

  /** The keys of the texts now translated, separated by commas, or all. */
  @Parameter(property = "policy.translated")
  private String translated;

  @Override
  protected String goal() {
    return "translate";
  }

  @Override
  protected Optional<String> skippedBy() {
    return Optional.empty();
  }

  @Override
  protected void run() throws MojoExecutionException, MojoFailureException {
    Set<String> keys =
        translated == null
            ? Set.of()
            : Arrays.stream(translated.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    try {
      Translate.run(
              policiesDirectory.toPath(),
              Optional.ofNullable(policyId),
              Optional.ofNullable(version),
              language.strip(),
              keys,
              displayRoot())
          .forEach(getLog()::info);
    } catch (WorkflowException e) {
      throw new MojoFailureException(e.getMessage());
    } catch (IOException e) {
      throw new MojoExecutionException("Cannot write the translation: " + e.getMessage(), e);
    }
  }
}
