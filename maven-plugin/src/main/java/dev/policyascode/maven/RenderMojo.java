package dev.policyascode.maven;

import dev.policyascode.lint.report.LintOutcome;
import dev.policyascode.model.Policy;
import dev.policyascode.render.BuildDate;
import dev.policyascode.render.MarkdownFlavour;
import dev.policyascode.render.OutputGuard;
import dev.policyascode.render.OutputKind;
import dev.policyascode.render.RenderException;
import dev.policyascode.render.RenderResult;
import dev.policyascode.render.RenderSummary;
import dev.policyascode.render.SiteRenderer;
import java.io.File;
import java.time.LocalDate;
import java.time.ZoneOffset;
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
public class RenderMojo extends AbstractOutputMojo {

  /**
   * The folder to publish; replaced whole on each render, left as it was when a render fails. It
   * must be new, empty or an earlier output (it holds a {@code .policy-output} file), and must not
   * be or hold the policies, the project, the repository root, a source or template folder, or
   * another output: the build fails before anything is touched.
   */
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

  /**
   * Who reads the Markdown pages ({@code index.md}): {@code github} (an {@code <a id>} before each
   * heading), {@code hugo} or {@code jekyll} (the anchor as a heading attribute {@code {#id}},
   * which GitHub would show as text). See the README, "Publishing".
   */
  @Parameter(property = "policy.markdownFlavour", defaultValue = "github")
  private String markdownFlavour;

  /**
   * The day the pages are built as of, YYYY-MM-DD: the policy's page shows the version in force on
   * that day and announces the published versions still ahead. By default the day of {@code
   * project.build.outputTimestamp}, else of the environment variable {@code SOURCE_DATE_EPOCH},
   * else today (UTC); the log says which. A build scheduled on an effective date switches the page.
   */
  @Parameter(property = "policy.buildDate")
  private String buildDate;

  /** Maven's timestamp for reproducible builds, read for {@link #buildDate}. */
  @Parameter(defaultValue = "${project.build.outputTimestamp}", readonly = true)
  private String outputTimestamp;

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
  protected OutputKind kind() {
    return OutputKind.SITE;
  }

  @Override
  protected void run() throws MojoExecutionException, MojoFailureException {
    long start = System.nanoTime();
    MarkdownFlavour flavour =
        MarkdownFlavour.of(markdownFlavour)
            .orElseThrow(
                () ->
                    new MojoExecutionException(
                        "markdownFlavour (policy.markdownFlavour) is '"
                            + markdownFlavour
                            + "', which names no site generator; write one of "
                            + MarkdownFlavour.words()));
    BuildDate date;
    try {
      date =
          BuildDate.of(
              buildDate,
              outputTimestamp,
              System.getenv("SOURCE_DATE_EPOCH"),
              LocalDate.now(ZoneOffset.UTC));
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException(e.getMessage());
    }
    File output = output(outputDirectory);
    OutputGuard guard = guard(output, templateDirectory, incremental ? stateFile(output) : null);
    LintOutcome outcome = lint();
    List<Policy> policies = outcome.report().policies();
    if (policies.isEmpty()) {
      getLog()
          .warn(
              "Nothing to render: no policy loaded from "
                  + policiesDirectory.getAbsolutePath()
                  + "; "
                  + shown(output)
                  + " is left as it was");
      return;
    }
    SiteRenderer renderer;
    try {
      renderer =
          SiteRenderer.builder()
              .templateDir(templateDirectory == null ? null : templateDirectory.toPath())
              .includeDrafts(includeDrafts)
              .markdownFlavour(flavour)
              .sources(outcome.report().digests())
              .stateFile(incremental ? stateFile(output) : null)
              .keepSpare(incremental && insideBuildDirectory(output))
              .buildDate(date.date())
              .policiesDir(policiesDirectory.toPath())
              .build();
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException("templateDirectory (policy.templates): " + e.getMessage());
    }
    getLog().info("Pages built as of " + date.date() + ", from " + date.source());
    RenderResult result;
    try {
      result = renderer.render(policies, output.toPath(), guard);
    } catch (RenderException e) {
      throw new MojoExecutionException(
          "Nothing was rendered; " + shown(output) + " is left as it was. " + e.getMessage());
    }
    String ids = policies.stream().map(Policy::id).collect(Collectors.joining(", "));
    long ms = (System.nanoTime() - start) / 1_000_000;
    getLog().info(RenderSummary.of(result, ids, ms));
  }
}
