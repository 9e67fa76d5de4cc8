package dev.policyascode.maven;

import dev.policyascode.diagnostics.Finding;
import dev.policyascode.diagnostics.Severity;
import dev.policyascode.lint.LintReport;
import dev.policyascode.lint.Linter;
import dev.policyascode.lint.RuleSetting;
import dev.policyascode.lint.report.Baseline;
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
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * What {@code policy:lint} and {@code policy:render} share: the lint configuration and the lint
 * itself. Render lints first with the same settings, so a policy that fails the lint is never
 * rendered over the published pages.
 */
public abstract class AbstractPolicyMojo extends AbstractMojo {

  /**
   * Where a goal leaves the lines it logged, so the next goal of the build does not repeat them.
   */
  private static final String REPORTED = AbstractPolicyMojo.class.getName() + ".reported:";

  /** The folder holding the policy folders (each with policy.yaml and versions/). */
  @Parameter(property = "policy.directory", defaultValue = "${basedir}", required = true)
  protected File policiesDirectory;

  /** Skips every goal of this plugin. */
  @Parameter(property = "policy.skip", defaultValue = "false")
  protected boolean skip;

  /** The least severe finding that fails the build: error, warning, info or none. */
  @Parameter(property = "policy.failOn", defaultValue = "error")
  protected String failOn;

  /**
   * Rules switched off or re-levelled, by id: {@code
   * <xref-gdpr-article>warning</xref-gdpr-article>}. Each value is off, error, warning or info.
   */
  @Parameter protected Map<String, String> rules;

  /** Findings accepted as they are; a missing file is an empty baseline. */
  @Parameter(property = "policy.baseline", defaultValue = "${basedir}/policy-lint-baseline.json")
  protected File baselineFile;

  /** Every finding as SARIF 2.1.0, for code scanning. Written on every run, failed or not. */
  @Parameter(
      property = "policy.sarifFile",
      defaultValue = "${project.build.directory}/policy-lint.sarif")
  protected File sarifFile;

  /** Every finding as plain JSON, for scripts. Written on every run, failed or not. */
  @Parameter(
      property = "policy.jsonReport",
      defaultValue = "${project.build.directory}/policy-lint.json")
  protected File jsonReport;

  /**
   * The new findings as a GitLab code quality report (CodeClimate JSON), for {@code
   * artifacts:reports:codequality}. Not written unless set.
   */
  @Parameter(property = "policy.codeQualityReport")
  protected File codeQualityReport;

  /**
   * Where the rule pages ({@code docs/rules}) are published: each rule's {@code helpUri} in the
   * SARIF report is this address followed by {@code <rule-id>.md}. Absolute, http or https.
   */
  @Parameter(property = "policy.rulesDocBaseUrl")
  protected String rulesDocBaseUrl;

  /** The repository root that paths in findings are relative to. */
  @Parameter(defaultValue = "${maven.multiModuleProjectDirectory}", readonly = true)
  protected File repositoryRoot;

  /** The project's folder; without a project, the folder Maven runs in. */
  @Parameter(defaultValue = "${basedir}", readonly = true, required = true)
  protected File basedir;

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  protected MavenProject project;

  @Parameter(defaultValue = "${plugin}", readonly = true)
  protected PluginDescriptor plugin;

  @Override
  public final void execute() throws MojoExecutionException, MojoFailureException {
    Optional<String> skippedBy = skip ? Optional.of("policy.skip") : skippedBy();
    if (skippedBy.isPresent()) {
      getLog().info("Policy " + goal() + " skipped (" + skippedBy.get() + " is set)");
      return;
    }
    try {
      run();
    } catch (MojoFailureException e) {
      throw OneLineErrors.clean(e);
    } catch (MojoExecutionException e) {
      throw OneLineErrors.clean(e);
    } catch (RuntimeException e) {
      throw OneLineErrors.clean(e);
    }
  }

  /** Maven's log, one line per message whatever it quotes: see {@link OneLineLog}. */
  @Override
  public Log getLog() {
    return OneLineLog.of(super.getLog());
  }

  /** The goal's name as a person reads it in the log: lint, render. */
  protected abstract String goal();

  /** The goal's own skip property, when it is set. */
  protected abstract Optional<String> skippedBy();

  protected abstract void run() throws MojoExecutionException, MojoFailureException;

  /**
   * Lints the policies, logs the findings, writes the reports and fails if a new finding reaches
   * {@link #failOn}.
   *
   * @param update what to write into the baseline file first: an update accepts every current
   *     finding (so nothing fails), a prune only removes what matches nothing
   * @return the outcome, when the lint passes
   */
  protected final LintOutcome lint(BaselineUpdate update)
      throws MojoExecutionException, MojoFailureException {
    Optional<Severity> threshold = threshold();
    RuleDocs docs = docs();
    Linter linter = linter();
    LintReport report;
    Baseline baseline;
    try {
      report =
          SharedLint.lint(
              project,
              policiesDirectory.toPath(),
              settings(),
              () -> linter.lint(policiesDirectory.toPath()),
              () ->
                  getLog()
                      .info(
                          "Policy lint: no policy file changed since this build's earlier goal;"
                              + " its findings are reused"));
    } catch (UncheckedIOException e) {
      throw new MojoExecutionException(
          "Cannot read the policies in " + policiesDirectory + ": " + e.getCause().getMessage(), e);
    }
    baseline = readBaseline(update);
    if (update != BaselineUpdate.NONE) baseline = updateBaseline(update, baseline, report);
    LintOutcome outcome = LintOutcome.of(report, baseline);
    log(outcome);
    writeReports(outcome, docs);
    if (threshold.isPresent() && outcome.failsAt(threshold.get())) {
      throw new MojoFailureException(
          "Policy lint found "
              + counted(outcome, threshold.get())
              + ". Fix "
              + (failing(outcome, threshold.get()) == 1 ? "it" : "them")
              + ", or see "
              + shown(output(sarifFile)));
    }
    List<String> unreadable = report.unreadable();
    if (!unreadable.isEmpty()) {
      // Whatever failOn and the baseline say: a policy that cannot be read is not checked, and
      // rendering without it would take its published pages off the site.
      throw new MojoFailureException(
          "Policy lint could not read "
              + String.join(", ", unreadable)
              + " (see the errors above); nothing is checked or rendered while a policy cannot be"
              + " read");
    }
    return outcome;
  }

  /** What to do with the baseline file before linting against it. */
  protected enum BaselineUpdate {
    /** Leave it as it is. */
    NONE,
    /** Accept every current finding: add the new ones, remove what matches nothing. */
    UPDATE,
    /** Only remove what matches nothing; new findings still fail. */
    PRUNE
  }

  /**
   * The baseline file; when it is about to be written again anyway, one that cannot be read is
   * replaced rather than refused, since writing it again is what its error message advises.
   */
  private Baseline readBaseline(BaselineUpdate update) throws MojoExecutionException {
    try {
      return Baseline.read(baselineFile.toPath());
    } catch (BaselineException e) {
      if (update != BaselineUpdate.UPDATE) throw new MojoExecutionException(e.getMessage());
      getLog().warn("Replacing the baseline: " + e.getMessage());
      return Baseline.empty();
    }
  }

  private RuleDocs docs() throws MojoExecutionException {
    if (rulesDocBaseUrl == null || rulesDocBaseUrl.isBlank()) return RuleDocs.standard();
    try {
      return RuleDocs.at(rulesDocBaseUrl.trim());
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException(
          "rulesDocBaseUrl (policy.rulesDocBaseUrl): " + e.getMessage());
    }
  }

  private Optional<Severity> threshold() throws MojoExecutionException {
    if (failOn != null && failOn.trim().equalsIgnoreCase("none")) return Optional.empty();
    Optional<Severity> s = failOn == null ? Optional.empty() : Severity.parse(failOn);
    if (s.isEmpty()) {
      throw new MojoExecutionException(
          "failOn (policy.failOn) is '" + failOn + "'; write error, warning, info or none");
    }
    return s;
  }

  private Linter linter() throws MojoExecutionException {
    Linter.Builder builder = Linter.builder().displayRoot(displayRoot());
    if (rules != null) {
      for (Map.Entry<String, String> rule : rules.entrySet()) {
        String word = rule.getValue() == null ? "" : rule.getValue();
        RuleSetting setting =
            RuleSetting.parse(word).orElseThrow(() -> notALevel(rule.getKey(), word));
        try {
          builder.rule(rule.getKey(), setting);
        } catch (IllegalArgumentException e) {
          throw new MojoExecutionException("In <rules>: " + e.getMessage());
        }
      }
    }
    return builder.build();
  }

  /** What the report depends on besides the files: the rule settings and how paths are shown. */
  private String settings() {
    return "root="
        + displayRoot().toAbsolutePath().normalize()
        + " rules="
        + new TreeMap<>(rules == null ? Map.of() : rules);
  }

  private static MojoExecutionException notALevel(String rule, String word) {
    return new MojoExecutionException(
        "The rule '"
            + rule
            + "' is set to '"
            + word
            + "' in <rules>; write off, error, warning or info");
  }

  /** The repository root, so that finding paths are the ones a pull request shows. */
  protected final Path displayRoot() {
    return (repositoryRoot != null ? repositoryRoot : basedir).toPath();
  }

  /**
   * Writes the baseline again and logs each change, so that the build log says what the file's diff
   * will show: an update accepts every current finding, a prune only removes what matches nothing.
   */
  private Baseline updateBaseline(BaselineUpdate update, Baseline old, LintReport report)
      throws MojoExecutionException {
    LintOutcome before = LintOutcome.of(report, old);
    Baseline updated = update == BaselineUpdate.UPDATE ? Baseline.of(report) : old.pruned(report);
    int added = update == BaselineUpdate.UPDATE ? before.fresh().size() : 0;
    int removed = before.stale().stream().mapToInt(Baseline.Entry::count).sum();
    if (update == BaselineUpdate.PRUNE && removed == 0) {
      getLog().info("The baseline " + shown(baselineFile) + " has nothing to prune");
      return old;
    }
    try {
      updated.write(baselineFile.toPath());
    } catch (UncheckedIOException e) {
      throw new MojoExecutionException(e.getMessage(), e);
    }
    if (update == BaselineUpdate.UPDATE) {
      before.fresh().forEach(f -> getLog().info("Baseline: added " + f.format()));
    }
    before.staleLines().forEach(l -> getLog().info("Baseline: removed " + l));
    getLog()
        .info(
            String.format(
                "Wrote %s to %s (%d added, %d removed)",
                plural(updated.size(), "accepted finding", "accepted findings"),
                shown(baselineFile),
                added,
                removed));
    return updated;
  }

  /**
   * Logs each finding at its severity (accepted ones at info), then the summary. When an earlier
   * goal of this build already logged the very same lines, only the summary is repeated.
   */
  private void log(LintOutcome outcome) {
    List<String> lines = outcome.consoleLines();
    String summary = lines.get(lines.size() - 1);
    String key = REPORTED + policiesDirectory.getAbsolutePath();
    if (lines.equals(project.getContextValue(key))) {
      getLog().info(summary + " (as above)");
      return;
    }
    project.setContextValue(key, lines);
    // consoleLines() holds one line per finding, in the report's order, then the summary.
    List<Finding> findings = outcome.report().findings();
    for (int i = 0; i < lines.size() - 1; i++) {
      Severity severity = i < findings.size() ? findings.get(i).severity() : Severity.INFO;
      String line = lines.get(i);
      if (line.endsWith("(baselined)")) severity = Severity.INFO;
      switch (severity) {
        case ERROR -> getLog().error(line);
        case WARNING -> getLog().warn(line);
        case INFO -> getLog().info(line);
      }
    }
    getLog().info(summary);
    if (!outcome.stale().isEmpty()) {
      outcome.staleLines().forEach(l -> getLog().warn(l));
      int stale = outcome.stale().stream().mapToInt(Baseline.Entry::count).sum();
      getLog()
          .warn(
              plural(stale, "baseline entry no longer matches", "baseline entries no longer match")
                  + "; run with -Dpolicy.baseline.prune to remove "
                  + (stale == 1 ? "it" : "them")
                  + " from "
                  + shown(baselineFile));
    }
    if (outcome.report().policies().isEmpty() && findings.isEmpty()) {
      getLog()
          .warn(
              "No policy found in "
                  + policiesDirectory.getAbsolutePath()
                  + ": a policy is a folder holding policy.yaml and a versions folder");
    }
  }

  private void writeReports(LintOutcome outcome, RuleDocs docs) throws MojoExecutionException {
    try {
      SarifWriter.write(outcome, output(sarifFile).toPath(), toolVersion(), docs);
      JsonReportWriter.write(outcome, output(jsonReport).toPath());
      if (codeQualityReport != null) {
        CodeQualityWriter.write(outcome, output(codeQualityReport).toPath());
      }
    } catch (UncheckedIOException e) {
      throw new MojoExecutionException(e.getMessage(), e);
    }
  }

  private String toolVersion() {
    return plugin != null && plugin.getVersion() != null ? plugin.getVersion() : "unknown";
  }

  private static long failing(LintOutcome outcome, Severity threshold) {
    return Arrays.stream(Severity.values())
        .filter(s -> s.atLeast(threshold))
        .mapToLong(outcome::count)
        .sum();
  }

  /** "2 errors", "1 error and 3 warnings": the new findings that fail the build. */
  private static String counted(LintOutcome outcome, Severity threshold) {
    List<String> parts = new ArrayList<>();
    for (Severity s : Severity.values()) {
      long n = outcome.count(s);
      if (n > 0 && s.atLeast(threshold)) {
        parts.add(plural(n, s.label(), s == Severity.INFO ? "info" : s.label() + "s"));
      }
    }
    if (parts.size() == 1) return parts.get(0);
    return String.join(", ", parts.subList(0, parts.size() - 1))
        + " and "
        + parts.get(parts.size() - 1);
  }

  /**
   * A report file under the build folder. Run without a POM, Maven leaves {@code
   * ${project.build.directory}} unresolved, so the reports go to {@code target} in the folder Maven
   * runs in.
   */
  protected final File output(File file) {
    return file.getPath().contains("${") ? new File(basedir, "target/" + file.getName()) : file;
  }

  /** A path relative to the repository root when it is inside it, like the paths in findings. */
  protected final String shown(File file) {
    Path path = file.toPath().toAbsolutePath().normalize();
    Path base = displayRoot().toAbsolutePath().normalize();
    return path.startsWith(base)
        ? base.relativize(path).toString().replace('\\', '/')
        : path.toString();
  }

  protected static String plural(long n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }
}
