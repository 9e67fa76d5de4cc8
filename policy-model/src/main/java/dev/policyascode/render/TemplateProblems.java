package dev.policyascode.render;

import freemarker.template.TemplateException;

/**
 * A template's failure in words for the person who wrote the template: which template, where, and,
 * when the sandbox refused something, what templates may not do. FreeMarker's own words for the
 * sandbox ("Think twice before you set it to true") would send them to switch it off.
 */
final class TemplateProblems {

  private TemplateProblems() {}

  static String describe(String policyId, TemplateException e) {
    String m = e.getMessageWithoutStackTop();
    String where =
        e.getTemplateSourceName() == null
            ? "The template"
            : "The template "
                + e.getTemplateSourceName()
                + " (line "
                + e.getLineNumber()
                + ", column "
                + e.getColumnNumber()
                + ")";
    String refused = " could not render the policy " + policyId + ": it uses ";
    String plainData =
        "; policy templates see only plain text, lists and maps, never Java objects, so remove it";
    if (m.contains("api_builtin_enabled")) return where + refused + "?api" + plainData;
    if (m.contains("is not allowed in the template for security reasons")) {
      return where + refused + "?new to create a Java object" + plainData;
    }
    return where + " could not render the policy " + policyId + ": " + m;
  }
}
