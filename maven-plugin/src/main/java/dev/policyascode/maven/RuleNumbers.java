package dev.policyascode.maven;

import dev.policyascode.lint.Linter;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * The rules' numeric settings as the POM gives them. One record, so that a new setting is one
 * component here and one parameter in {@link AbstractPolicyMojo}, instead of one more argument
 * threaded through every goal that lints.
 */
record RuleNumbers(int noticeDays, int adequacyWarningDays, int plainSentenceWords) {

  /** Sets each number on the builder; a refused value names the parameter as the POM spells it. */
  void applyTo(Linter.Builder builder) throws MojoExecutionException {
    try {
      builder.noticeDays(noticeDays);
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException("noticeDays (policy.noticeDays): " + e.getMessage());
    }
    try {
      builder.adequacyWarningDays(adequacyWarningDays);
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException(
          e.getMessage()
              .replace("adequacyWarningDays", "adequacyWarningDays (policy.adequacyWarningDays)"));
    }
    try {
      builder.longestSentence(plainSentenceWords);
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException(
          "plainSentenceWords (policy.plainSentenceWords): " + e.getMessage());
    }
  }

  /** The numbers as they enter the report's cache key: a changed number is a changed report. */
  String describe() {
    return "noticeDays="
        + noticeDays
        + " adequacyWarningDays="
        + adequacyWarningDays
        + " plainSentenceWords="
        + plainSentenceWords;
  }
}
