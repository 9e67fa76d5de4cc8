package dev.policyascode.maven;

import dev.policyascode.lint.report.LintOutcome;
import dev.policyascode.model.Policy;
import dev.policyascode.render.OutputGuard;
import dev.policyascode.render.OutputKind;
import dev.policyascode.render.RegisterRenderer;
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
 * Renders the internal records of processing (GDPR Art. 30) of the latest published version of each
 * policy: as controller (Art. 30(1)) and as processor (Art. 30(2)), in HTML, Markdown and CSV. A
 * policy in several languages gets the same files under {@code <policy>/<language>/} for each
 * language whose translation of that version is published. Lints first, with the lint's settings,
 * and writes nothing when the lint fails.
 */
@Mojo(name = "register", defaultPhase = LifecyclePhase.PREPARE_PACKAGE, threadSafe = true)
public class RegisterMojo extends AbstractOutputMojo {

  /**
   * Where the records go: an internal folder, never the published site. Replaced whole on each run,
   * left as it was when a run fails. It must be new, empty or an earlier record (it holds a {@code
   * .policy-output} file), must not lie inside the site's folder, and must not be or hold the
   * policies, the project, a source or template folder or another output: the build fails before
   * anything is touched.
   */
  @Parameter(
      property = "policy.registerDirectory",
      defaultValue = "${project.build.directory}/policy-register")
  private File outputDirectory;

  /**
   * A folder of templates that replace the built-in ones of the same name (register.ftlh,
   * register.md.ftl); the same folder as render's.
   */
  @Parameter(property = "policy.templates")
  private File templateDirectory;

  /** Skips this goal only. */
  @Parameter(property = "policy.register.skip", defaultValue = "false")
  private boolean skipRegister;

  @Override
  protected String goal() {
    return "register";
  }

  @Override
  protected Optional<String> skippedBy() {
    return skipRegister ? Optional.of("policy.register.skip") : Optional.empty();
  }

  @Override
  protected OutputKind kind() {
    return OutputKind.REGISTER;
  }

  @Override
  protected void run() throws MojoExecutionException, MojoFailureException {
    File target = output(outputDirectory);
    Path state = incremental ? stateFile(target) : null;
    OutputGuard guard = guard(target, templateDirectory, state);
    LintOutcome outcome = lint();
    List<Policy> policies = outcome.report().policies();
    if (policies.isEmpty()) {
      getLog()
          .warn(
              "No record of processing to write: no policy loaded from "
                  + policiesDirectory.getAbsolutePath()
                  + "; "
                  + shown(target)
                  + " is left as it was");
      return;
    }
    RegisterRenderer renderer;
    try {
      renderer =
          RegisterRenderer.incremental(
              templateDirectory == null ? null : templateDirectory.toPath(),
              outcome.report().digests(),
              state);
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException("templateDirectory (policy.templates): " + e.getMessage());
    }
    RenderResult result;
    try {
      result = renderer.render(policies, target.toPath(), guard);
    } catch (RenderException e) {
      throw new MojoExecutionException(
          "No record of processing was written; "
              + shown(target)
              + " is left as it was. "
              + e.getMessage());
    }
    String ids = policies.stream().map(Policy::id).collect(Collectors.joining(", "));
    Path where = result.outputDir().toAbsolutePath().normalize();
    if (result.upToDate()) {
      getLog()
          .info(
              "The records of processing of "
                  + ids
                  + " are up to date ("
                  + result.files().size()
                  + " files); nothing written");
      return;
    }
    getLog()
        .info(
            "Wrote the records of processing ("
                + result.files().size()
                + " files"
                + keptNote(result)
                + ") for "
                + ids
                + " to "
                + where);
  }
}
