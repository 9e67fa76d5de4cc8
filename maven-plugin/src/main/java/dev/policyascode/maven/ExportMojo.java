package dev.policyascode.maven;

import dev.policyascode.export.ExportFormat;
import dev.policyascode.export.catalog.ExportFormats;
import dev.policyascode.lint.report.LintOutcome;
import dev.policyascode.model.Policy;
import dev.policyascode.render.ExportWriter;
import dev.policyascode.render.OutputGuard;
import dev.policyascode.render.OutputKind;
import dev.policyascode.render.RenderException;
import dev.policyascode.render.RenderResult;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Writes each version of each policy in the machine-readable forms chosen in {@code formats}: the
 * documented JSON ({@code json}), W3C DPV as JSON-LD ({@code dpv}), and whatever else {@code
 * ExportFormats} lists. The files go to {@code <exportDirectory>/<policy>/<version>/}, an internal
 * folder beside the record of processing, never published unless the team copies it. Lints first,
 * with the lint's settings, and writes nothing when the lint fails.
 */
@Mojo(name = "export", defaultPhase = LifecyclePhase.PREPARE_PACKAGE, threadSafe = true)
public class ExportMojo extends AbstractOutputMojo {

  /** The formats to write, by name, separated by commas: {@code json,dpv}. */
  @Parameter(property = "policy.export.formats", defaultValue = "json,dpv")
  private String formats;

  /**
   * Where the exports go. Replaced whole on each run, left as it was when a run fails. It must be
   * new, empty or an earlier export (it holds a {@code .policy-output} file), must not lie inside
   * the site's folder, and must not be or hold the policies, the project, a source or template
   * folder or another output.
   */
  @Parameter(
      property = "policy.exportDirectory",
      defaultValue = "${project.build.directory}/policy-export")
  private File exportDirectory;

  /** Skips this goal only. */
  @Parameter(property = "policy.export.skip", defaultValue = "false")
  private boolean skipExport;

  @Override
  protected String goal() {
    return "export";
  }

  @Override
  protected Optional<String> skippedBy() {
    return skipExport ? Optional.of("policy.export.skip") : Optional.empty();
  }

  @Override
  protected OutputKind kind() {
    return OutputKind.EXPORT;
  }

  @Override
  protected void run() throws MojoExecutionException, MojoFailureException {
    List<ExportFormat> chosen = chosen();
    File target = output(exportDirectory);
    Path state = incremental ? stateFile(target) : null;
    OutputGuard guard = guard(target, null, state);
    LintOutcome outcome = lint();
    List<Policy> policies = outcome.report().policies();
    if (policies.isEmpty()) {
      getLog()
          .warn(
              "No export to write: no policy loaded from "
                  + policiesDirectory.getAbsolutePath()
                  + "; "
                  + shown(target)
                  + " is left as it was");
      return;
    }
    RenderResult result;
    try {
      result =
          ExportWriter.write(
              policies, chosen, target.toPath(), guard, outcome.report().digests(), state);
    } catch (RenderException e) {
      throw new MojoExecutionException(
          "No export was written; " + shown(target) + " is left as it was. " + e.getMessage());
    }
    String names = chosen.stream().map(ExportFormat::name).collect(Collectors.joining(", "));
    String ids = policies.stream().map(Policy::id).collect(Collectors.joining(", "));
    int files = result.files().size();
    if (result.upToDate()) {
      getLog()
          .info(
              "The exports ("
                  + names
                  + ") of "
                  + ids
                  + " are up to date ("
                  + files
                  + " files); nothing written");
      return;
    }
    getLog()
        .info(
            "Wrote the exports ("
                + names
                + "; "
                + files
                + " files"
                + keptNote(result)
                + ") for "
                + ids
                + " to "
                + result.outputDir().toAbsolutePath().normalize());
  }

  /** The formats named in the pom, checked before anything is read or written. */
  private List<ExportFormat> chosen() throws MojoExecutionException {
    Set<String> names = new LinkedHashSet<>();
    for (String n : formats == null ? new String[0] : formats.split(",")) {
      if (!n.isBlank()) names.add(n.strip());
    }
    String known =
        ExportFormats.all().stream().map(ExportFormat::name).collect(Collectors.joining(", "));
    if (names.isEmpty()) {
      throw new MojoExecutionException(
          "formats (policy.export.formats) names no format; choose among: " + known);
    }
    List<ExportFormat> chosen = new ArrayList<>();
    for (String n : names) {
      chosen.add(
          ExportFormats.named(n)
              .orElseThrow(
                  () ->
                      new MojoExecutionException(
                          "formats (policy.export.formats): there is no export format called \""
                              + n
                              + "\"; choose among: "
                              + known)));
    }
    return chosen;
  }
}
