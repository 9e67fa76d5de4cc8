package dev.policyascode.lint.report;

import dev.policyascode.lint.RuleMeta;
import java.util.Locale;
import tools.jackson.databind.node.ObjectNode;

/**
 * A rule's SARIF description: what code scanning shows beside an alert. No {@code helpUri}: SARIF
 * wants it absolute, and the doc page is only known as a path in the repository, so the help text
 * names that path instead.
 */
final class SarifRules {

  private SarifRules() {}

  static ObjectNode rule(RuleMeta r) {
    ObjectNode rule = JsonFiles.MAPPER.createObjectNode();
    rule.put("id", r.id());
    rule.put("name", name(r.id()));
    rule.putObject("shortDescription").put("text", r.summary());
    rule.putObject("fullDescription").put("text", r.summary() + " (" + r.basis() + ")");
    rule.putObject("help")
        .put(
            "text",
            "See " + r.docPath() + " for what this rule checks, with a wrong and a right example.");
    rule.putObject("defaultConfiguration").put("level", SarifWriter.level(r.severity()));
    ObjectNode properties = rule.putObject("properties");
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
