package dev.policyascode.maven;

import dev.policyascode.lint.report.BaselineChange;
import dev.policyascode.lint.report.LintOutcome;
import java.io.File;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
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

  /**
   * The least number of days between the publication of a new version and its effective date:
   * {@code versions-short-notice} warns below it.
   */
  @Parameter(property = "policy.noticeDays", defaultValue = "30")
  protected int noticeDays = 30;

  /**
   * How many days after a version takes effect an adequacy decision may end before {@code
   * transfers-adequacy-expiring} warns; 180 gives time to sign another safeguard and announce it.
   */
  @Parameter(property = "policy.adequacyWarningDays", defaultValue = "180")
  protected int adequacyWarningDays = 180;

  /**
   * The longest sentence, in words, that the rule plain-long-sentence lets through: 40 by default,
   * twice the 15 to 20 words a sentence that plain-English guides ask for on average.
   */
  @Parameter(property = "policy.plainSentenceWords", defaultValue = "40")
  protected int plainSentenceWords = 40;

  /**
   * Skips the work whose inputs did not change since the previous build. The lint reuses the
   * findings of every version whose inputs (its file, its policy's other files, the rule settings,
   * the plugin's code) are unchanged, kept in {@code lintCacheDirectory}, and does not parse a
   * version file whose bytes are unchanged (its header is kept there too); the render, the records
   * of processing, the compliance matrices and the exports keep the files whose inputs (policy
   * files, templates, labels, settings, plugin) did not change, and write nothing when none did.
   * What the previous build wrote is kept beside each output folder, in {@code <folder>.state}
   * (such as {@code target/policy-site.state}); a file of that name that the goal did not write is
   * never overwritten (the build fails). Set to false to lint and render everything.
   */
  @Parameter(property = "policy.incremental", defaultValue = "true")
  protected boolean incremental;

  /**
   * Where the lint keeps each version's findings, and the header of each version file it read
   * without a problem, between builds, beside the render's build state. A cache that cannot be read
   * or written only costs a full lint. Its files are signed with a key kept on this machine, in
   * {@code ~/.cache/policy-as-code/} (or {@code $XDG_CACHE_HOME}), never in the project: a cache
   * committed with it or made elsewhere is no cache. Used when {@code incremental}.
   */
  @Parameter(
      property = "policy.lintCache",
      defaultValue = "${project.build.directory}/policy-lint-cache")
  protected File lintCacheDirectory;

  /** The rules' numeric settings, read together. */
  RuleNumbers ruleNumbers() {
    return new RuleNumbers(noticeDays, adequacyWarningDays, plainSentenceWords);
  }

  /** Findings accepted as they are; a missing file is an empty baseline. */
  @Parameter(property = "policy.baseline", defaultValue = "${basedir}/policy-lint-baseline.json")
  protected File baselineFile;

  /** Every finding as SARIF 2.1.0, for code scanning. Written on every run, failed or not. */
  @Parameter(
      property = "policy.sarifFile",
      defaultValue = "${project.build.directory}/policy-lint.sarif")
  protected File sarifFile;

  /**
   * Also write the findings accepted by the baseline or by a comment into the SARIF file, marked as
   * suppressed. Off by default: GitHub code scanning ignores SARIF suppressions and would open an
   * alert for each of them. The JSON report always has them.
   */
  @Parameter(property = "policy.sarifAccepted", defaultValue = "false")
  protected boolean sarifAccepted;

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

  /** Lints without touching the baseline file. */
  protected final LintOutcome lint() throws MojoExecutionException, MojoFailureException {
    return lint(BaselineChange.Mode.NONE);
  }

  /** Lints, changes the baseline as {@code mode} says, logs and fails once: {@link LintStep}. */
  protected final LintOutcome lint(BaselineChange.Mode mode)
      throws MojoExecutionException, MojoFailureException {
    return LintStep.run(this, mode);
  }

  /** The repository root, so that finding paths are the ones a pull request shows. */
  protected final Path displayRoot() {
    return (repositoryRoot != null ? repositoryRoot : basedir).toPath();
  }

  /** A report file under the build folder: see {@link ProjectPaths#output}. */
  protected final File output(File file) {
    return ProjectPaths.output(basedir, file);
  }

  /** A path relative to the repository root when it is inside it, like the paths in findings. */
  protected final String shown(File file) {
    return ProjectPaths.shown(displayRoot(), file);
  }
}
