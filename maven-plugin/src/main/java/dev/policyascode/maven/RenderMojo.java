package dev.policyascode.maven;

import dev.policyascode.lint.report.LintOutcome;
import dev.policyascode.model.Policy;
import dev.policyascode.render.RenderException;
import dev.policyascode.render.RenderResult;
import dev.policyascode.render.SiteRenderer;
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
 * Renders the public policy pages: each published version at its permalink and the latest at the
 * policy's own address, as HTML and Markdown. Lints first, with the lint's settings, and renders
 * nothing when the lint fails, so a broken policy never replaces the published pages.
 */
@Mojo(name = "render", defaultPhase = LifecyclePhase.PREPARE_PACKAGE, threadSafe = true)
public class RenderMojo extends AbstractPolicyMojo {

  /** The folder to publish; replaced whole on each render, left as it was when a render fails. */
  @Parameter(
      property = "policy.outputDirectory",
      defaultValue = "${project.build.directory}/policy-site")
  private File outputDirectory;

  /**
   * A folder of templates that replace the built-in ones of the same name (page.ftlh, page.md.ftl).
   */
  @Parameter(property = "policy.templates")
  private File templateDirectory;

  /** Renders draft versions too, marked as drafts; for a local preview, never for publishing. */
  @Parameter(property = "policy.includeDrafts", defaultValue = "false")
  private boolean includeDrafts;

  /** Skips this goal only. */
  @Parameter(property = "policy.render.skip", defaultValue = "false")
  private boolean skipRender;

  @Override
  protected String goal() {
    return "render";
  }

  @Override
  protected Optional<String> skippedBy() {
    return skipRender ? Optional.of("policy.render.skip") : Optional.empty();
  }

  @Override
  protected void run() throws MojoExecutionException, MojoFailureException {
    LintOutcome outcome = lint(BaselineUpdate.NONE);
    List<Policy> policies = outcome.report().policies();
    if (policies.isEmpty()) {
      getLog()
          .warn(
              "Nothing to render: no policy loaded from "
                  + policiesDirectory.getAbsolutePath()
                  + "; "
                  + shown(outputDirectory)
                  + " is left as it was");
      return;
    }
    SiteRenderer renderer;
    try {
      renderer =
          SiteRenderer.builder()
              .templateDir(templateDirectory == null ? null : templateDirectory.toPath())
              .includeDrafts(includeDrafts)
              .build();
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException("templateDirectory (policy.templates): " + e.getMessage());
    }
    RenderResult result;
    try {
      result = renderer.render(policies, outputDirectory.toPath());
    } catch (RenderException e) {
      throw new MojoExecutionException(
          "Nothing was rendered; "
              + shown(outputDirectory)
              + " is left as it was. "
              + e.getMessage());
    }
    String ids = policies.stream().map(Policy::id).collect(Collectors.joining(", "));
    Path where = result.outputDir().toAbsolutePath().normalize();
    getLog().info("Rendered " + result.files().size() + " files for " + ids + " to " + where);
  }
}
