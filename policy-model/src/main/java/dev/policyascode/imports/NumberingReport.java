package dev.policyascode.imports;

import dev.policyascode.model.SectionNumbering;

/**
 * What the import says about section numbers: the style it found, what policy.yaml says, and, when
 * an existing policy.yaml says otherwise, what the team can do. The import never rewrites a
 * policy.yaml that is already there.
 */
final class NumberingReport {

  private NumberingReport() {}

  /**
   * @param found the style the source's titles follow exactly, or NONE
   * @param inForce the style of the policy.yaml in force after the import
   * @param newPolicy whether the import writes that policy.yaml
   */
  static String say(SectionNumbering found, SectionNumbering inForce, boolean newPolicy) {
    String f = "\"" + found.word() + "\"";
    String k = "\"" + inForce.word() + "\"";
    boolean none = found == SectionNumbering.NONE;
    if (newPolicy) {
      return none
          ? "the titles keep their own words, numbers included if they have any: policy.yaml"
              + " says numbering: \"none\", so the headings add no number the source does not show"
          : "the source numbers its sections "
              + f
              + ": policy.yaml says numbering: "
              + f
              + ", so the headings show the numbers as the source does, and the titles leave"
              + " them out";
    }
    if (found == inForce) {
      return none
          ? "the titles keep their own words; policy.yaml shows no numbers, as the source"
          : "the source numbers its sections "
              + f
              + ", as policy.yaml does: the titles leave the"
              + " numbers out";
    }
    return none
        ? "the titles keep their own words, but policy.yaml numbers sections "
            + k
            + ", so the headings add numbers the source does not show; write numbering: \"none\""
            + " in policy.yaml to leave them out"
        : "the source numbers its sections "
            + f
            + ", but policy.yaml says "
            + k
            + " and was left as it is: the titles keep their own numbers, so the headings show"
            + " both; write numbering: "
            + f
            + " in policy.yaml and import again to show them once";
  }
}
