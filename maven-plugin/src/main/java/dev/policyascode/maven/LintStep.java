package dev.policyascode.maven;

import dev.policyascode.diagnostics.Severity;
import dev.policyascode.io.Seal;
import dev.policyascode.lint.LintReport;
import dev.policyascode.lint.Linter;
import dev.policyascode.lint.cache.LintCache;
import dev.policyascode.lint.report.BaselineChange;
import dev.policyascode.lint.report.LintOutcome;
import dev.policyascode.lint.report.LintRun;
import dev.policyascode.lint.report.RuleDocs;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;

/**
 * The lint as every goal runs it: read the parameters, call the core, log the lines it hands over
 * in its order, write what it says to write, and fail once with its sentence. Nothing here decides
 * a severity, a baseline change or a word.
 */
final class LintStep {

  private LintStep() {}

  static LintOutcome run(AbstractPolicyMojo mojo, BaselineChange.Mode mode)
      throws MojoExecutionException, MojoFailureException {
    Optional<Severity> threshold = LintParameters.threshold(mojo.failOn);
    RuleDocs docs = LintParameters.docs(mojo.rulesDocBaseUrl);
    LintCache cache =
        mojo.incremental && mojo.lintCacheDirectory != null
            ? LintCache.in(mojo.lintCacheDirectory.toPath(), Seal.machine(mojo.displayRoot()))
            : null;
    Linter linter =
        LintParameters.linter(mojo.rules, mojo.displayRoot(), mojo.ruleNumbers(), cache);
    Path folder = mojo.policiesDirectory.toPath();
    LintReport report;
    try {
      report =
          SharedLint.lint(
              mojo.project,
              folder,
              LintParameters.settings(mojo.rules, mojo.displayRoot(), mojo.ruleNumbers()),
              () -> {
                if (cache != null) logSeal(mojo, cache);
                LintReport fresh = linter.lint(folder);
                if (cache != null) logCache(mojo, cache);
                return fresh;
              },
              () ->
                  mojo.getLog()
                      .info(
                          "Policy lint: no policy file changed since this build's earlier goal;"
                              + " its findings are reused"));
    } catch (UncheckedIOException e) {
      throw new MojoExecutionException(
          "Cannot read the policies in " + folder + ": " + e.getCause().getMessage(), e);
    }
    String baselineFile = mojo.shown(mojo.baselineFile);
    BaselineChange change =
        BaselineChange.of(mode, LintFiles.baseline(mojo, mode), report, baselineFile);
    // The refusals come first, so that the log says what cannot be accepted before the file is
    // written; the changes only once they are done.
    LintLog.log(mojo.getLog(), change.before());
    if (change.write()) LintFiles.write(change.baseline(), mojo.baselineFile);
    LintLog.log(mojo.getLog(), change.after());
    LintOutcome outcome = LintOutcome.of(report, change.baseline());
    String where = mojo.policiesDirectory.getAbsolutePath();
    LintLog.console(mojo.getLog(), LintRun.console(outcome), mojo.project, where);
    LintLog.log(mojo.getLog(), LintRun.warnings(outcome, baselineFile, where));
    LintFiles.reports(outcome, change.baseline(), docs, mojo);
    Optional<String> failure =
        LintRun.failure(outcome, threshold, mojo.shown(mojo.output(mojo.sarifFile)));
    if (failure.isPresent()) throw new MojoFailureException(failure.get());
    return outcome;
  }

  /** How many versions the cache spared, so that a build log shows the cache at work. */
  /**
   * The cache's files are signed with this machine's key, kept outside the repository, so that a
   * cache committed with the project or made elsewhere is no cache (see {@link Seal}); says so when
   * no key could be kept, as every build then lints every version.
   */
  private static void logSeal(AbstractPolicyMojo mojo, LintCache cache) {
    if (!cache.seal().kept()) {
      mojo.getLog()
          .info(
              "Policy lint: findings are reused within this JVM only: no key for the lint cache"
                  + " could be kept in "
                  + Seal.machineKeyFile().map(Object::toString).orElse("the user's cache folder")
                  + " (it must be writable, and outside the project)");
    }
  }

  private static void logCache(AbstractPolicyMojo mojo, LintCache cache) {
    LintCache.Stats s = cache.lastRun();
    if (s.reused() == 0) return; // a first build, or every version changed: nothing to say
    mojo.getLog()
        .info(
            "Policy lint: "
                + s.reused()
                + " of "
                + (s.reused() + s.checked())
                + " versions unchanged since the previous build, their findings reused from "
                + mojo.shown(cache.folder().toFile()));
  }
}
