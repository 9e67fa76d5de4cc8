package dev.policyascode.maven;

import dev.policyascode.lint.report.LintOutcome;
import dev.policyascode.model.Policy;
import dev.policyascode.render.ComplianceRenderer;
import dev.policyascode.render.OutputGuard;
import dev.policyascode.render.OutputKind;
import dev.policyascode.render.RenderException;
import dev.policyascode.render.RenderResult;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Writes the compliance matrix of every version, drafts included, for the legal team: each Art. 13
 * (and Art. 14) item and what covers it, as {@code <policy>/<version>/compliance.html} and {@code
 * compliance.json}, and of each translated version under {@code <policy>/<language>/<version>/}.
 * Internal: kept apart from the public site, which never links to it. Lints first with the lint's
 * settings, like {@code policy:render}.
 */
@Mojo(name = "compliance", defaultPhase = LifecyclePhase.PREPARE_PACKAGE, threadSafe = true)
public class ComplianceMojo extends AbstractOutputMojo {

  /**
   * Where the matrices go: an internal folder, never inside the published site. Replaced whole on
   * each run, left as it was when a run fails. It must be new, empty or an earlier output of this
   * goal (it holds a {@code .policy-output} file), and must not be or hold the policies, the
   * project, a source or template folder or another output: the build fails before anything is
   * touched.
   */
  @Parameter(
      property = "policy.complianceDirectory",
      defaultValue = "${project.build.directory}/policy-compliance")
  private File complianceDirectory;

  /** A folder of templates that replace the built-in ones of the same name (compliance.ftlh). */
  @Parameter(property = "policy.templates")
  private File templateDirectory;

  /** Skips this goal only. */
  @Parameter(property = "policy.compliance.skip", defaultValue = "false")
  private boolean skipCompliance;

  @Override
  protected String goal() {
    return "compliance";
  }

  @Override
  protected Optional<String> skippedBy() {
    return skipCompliance ? Optional.of("policy.compliance.skip") : Optional.empty();
  }

  @Override
  protected OutputKind kind() {
    return OutputKind.COMPLIANCE;
  }

  @Override
  protected void run() throws MojoExecutionException, MojoFailureException {
    File output = output(complianceDirectory);
    Path state = incremental ? stateFile(output) : null;
    OutputGuard guard = guard(output, templateDirectory, state);
    LintOutcome outcome = lint();
    List<Policy> policies = outcome.report().policies();
    if (policies.isEmpty()) {
      getLog().warn("No compliance matrix written: no policy loaded from " + policiesDirectory);
      return;
    }
    ComplianceRenderer renderer;
    try {
      renderer =
          new ComplianceRenderer(
              templateDirectory == null ? null : templateDirectory.toPath(),
              outcome.report().digests(),
              state);
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException("templateDirectory (policy.templates): " + e.getMessage());
    }
    RenderResult result;
    try {
      result = renderer.render(policies, output.toPath(), guard);
    } catch (RenderException e) {
      throw new MojoExecutionException(
          "No compliance matrix was written; "
              + shown(output)
              + " is left as it was. "
              + e.getMessage());
    }
    String ids = policies.stream().map(Policy::id).collect(Collectors.joining(", "));
    int files = result.files().size();
    if (result.upToDate()) {
      getLog()
          .info(
              "The compliance matrix of "
                  + ids
                  + " is up to date ("
                  + files
                  + " files); nothing written");
      return;
    }
    getLog()
        .info(
            "Wrote the compliance matrix of "
                + ids
                + " ("
                + files
                + " files"
                + keptNote(result)
                + ") to "
                + result.outputDir().toAbsolutePath().normalize());
  }
}
