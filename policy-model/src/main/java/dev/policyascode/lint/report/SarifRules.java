package dev.policyascode.lint.report;

import dev.policyascode.diagnostics.RuleMeta;
import dev.policyascode.json.JsonObject;
import java.util.Locale;

/**
 * A rule's SARIF description: what code scanning shows beside an alert. The help is the rule's
 * whole documentation page (what it finds, why, the article, a wrong and a right example), and
 * {@code helpUri} links to the published page.
 */
final class SarifRules {

  private SarifRules() {}

  static JsonObject rule(RuleMeta r, RuleDocs docs) {
    JsonObject rule = new JsonObject();
    String page = docs.uri(r.id());
    rule.put("id", r.id());
    rule.put("name", name(r.id()));
    rule.putObject("shortDescription").put("text", r.summary());
    rule.putObject("fullDescription")
        .put("text", r.summary() + ". Rests on: " + r.basis() + ".")
        .put("markdown", r.summary() + ". Rests on: " + r.basis() + ".");
    String help =
        r.summary()
            + ". Rests on: "
            + r.basis()
            + ". The rule's page, with a wrong and a right example: "
            + page;
    rule.putObject("help")
        .put("text", help)
        .put(
            "markdown",
            docs.markdown(r.id())
                .orElse(r.summary() + ".\n\nRests on: " + r.basis() + ".\n\n[More](" + page + ")"));
    rule.put("helpUri", page);
    rule.putObject("defaultConfiguration").put("level", SarifWriter.level(r.severity()));
    JsonObject properties = rule.putObject("properties");
    properties.put("family", r.family());
    properties.put("basis", r.basis());
    properties.putArray("tags").add("privacy").add("gdpr").add(r.family());
    return rule;
  }

  /**
   * {@code xref-section-number} becomes {@code XrefSectionNumber}, the identifier style SARIF
   * suggests.
   */
  static String name(String id) {
    StringBuilder name = new StringBuilder();
    for (String word : id.split("-")) {
      name.append(word.substring(0, 1).toUpperCase(Locale.ROOT)).append(word.substring(1));
    }
    return name.toString();
  }
}
