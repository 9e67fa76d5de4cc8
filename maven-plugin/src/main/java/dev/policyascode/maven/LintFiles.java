package dev.policyascode.maven;

import dev.policyascode.lint.report.Baseline;
import dev.policyascode.lint.report.BaselineChange;
import dev.policyascode.lint.report.BaselineException;
import dev.policyascode.lint.report.CodeQualityWriter;
import dev.policyascode.lint.report.JsonReportWriter;
import dev.policyascode.lint.report.LintOutcome;
import dev.policyascode.lint.report.RuleDocs;
import dev.policyascode.lint.report.SarifWriter;
import java.io.File;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;

/** The files the lint reads and writes besides the policies: the baseline and the reports. */
final class LintFiles {

  private LintFiles() {}

  /**
   * The baseline file; when it is about to be written again anyway, one that cannot be read is
   * replaced rather than refused, since writing it again is what its error message advises.
   */
  static Baseline baseline(AbstractPolicyMojo mojo, BaselineChange.Mode mode)
      throws MojoExecutionException {
    try {
      return Baseline.read(mojo.baselineFile.toPath());
    } catch (BaselineException e) {
      if (mode != BaselineChange.Mode.UPDATE) throw new MojoExecutionException(e.getMessage());
      mojo.getLog().warn("Replacing the baseline: " + e.getMessage());
      return Baseline.empty();
    }
  }

  static void write(Baseline baseline, File file) throws MojoExecutionException {
    try {
      baseline.write(file.toPath());
    } catch (UncheckedIOException e) {
      throw new MojoExecutionException(e.getMessage(), e);
    }
  }

  /**
   * The reports, written on every run, failed or not; once per build when the goals after {@code
   * lint} reuse its report ({@link SharedReports}).
   */
  static void reports(
      LintOutcome outcome, Baseline baseline, RuleDocs docs, AbstractPolicyMojo mojo)
      throws MojoExecutionException {
    Path sarif = mojo.output(mojo.sarifFile).toPath();
    Path json = mojo.output(mojo.jsonReport).toPath();
    Path codeQuality =
        mojo.codeQualityReport == null ? null : mojo.output(mojo.codeQualityReport).toPath();
    List<Path> files = new ArrayList<>(List.of(sarif, json));
    if (codeQuality != null) files.add(codeQuality);
    String settings =
        String.join(
            "\n",
            String.valueOf(mojo.rulesDocBaseUrl),
            String.valueOf(mojo.sarifAccepted),
            toolVersion(mojo),
            files.toString());
    try {
      boolean written =
          SharedReports.write(
              mojo.project,
              new SharedReports.Made(outcome.report(), baseline, settings),
              files,
              () -> {
                SarifWriter.write(outcome, sarif, toolVersion(mojo), docs, mojo.sarifAccepted);
                JsonReportWriter.write(outcome, json);
                if (codeQuality != null) CodeQualityWriter.write(outcome, codeQuality);
              });
      if (!written) {
        mojo.getLog().debug("Policy lint: the reports of this build's earlier goal are current");
      }
    } catch (UncheckedIOException e) {
      throw new MojoExecutionException(e.getMessage(), e);
    }
  }

  private static String toolVersion(AbstractPolicyMojo mojo) {
    return mojo.plugin != null && mojo.plugin.getVersion() != null
        ? mojo.plugin.getVersion()
        : "unknown";
  }
}
