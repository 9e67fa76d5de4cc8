package dev.policyascode.lint.rules;

import dev.policyascode.diagnostics.Finding;
import dev.policyascode.diagnostics.RuleMeta;
import dev.policyascode.diagnostics.Severity;
import dev.policyascode.lint.api.AbstractRule;
import dev.policyascode.lint.api.VersionContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A capitalised word that reads as a defined term but that no definition declares. Only words that
 * look like terms are reported: the text also writes them in lower case, or a definition's meaning
 * uses them. Proper nouns, sentence starts, headings, link words, laws, calendar words and acronyms
 * are left alone.
 */
public final class TermsUndefined extends AbstractRule {

  public static final RuleMeta META =
      new RuleMeta(
          "terms-undefined",
          "terms",
          Severity.INFO,
          "A capitalised term used in the text that no definition declares",
          "Art. 12(1) GDPR: information in a concise, transparent, intelligible form, in clear and"
              + " plain language");

  public TermsUndefined() {
    super(META);
  }

  @Override
  public void check(VersionContext context, Consumer<Finding> report) {
    TermIndex index = TermIndex.of(context);
    // the terms are defined in a document the linter does not have: it cannot tell
    if (index.definedElsewhere()) return;
    Map<String, List<TermIndex.Use>> byTerm = new LinkedHashMap<>();
    for (TermIndex.Use use : index.uses()) {
      if (use.kind() != TermIndex.Kind.UNDEFINED) continue;
      // 'Administrator' and 'Administrators' are one term
      String key = TermForms.forms(use.text()).get(1).replaceAll("s$", "");
      byTerm.computeIfAbsent(key, k -> new java.util.ArrayList<>()).add(use);
    }
    boolean hasDefinitions = !context.version().registers().definitions().isEmpty();
    for (List<TermIndex.Use> uses : byTerm.values()) {
      TermIndex.Use first = uses.get(0);
      String times = uses.size() == 1 ? "" : " (written so " + uses.size() + " times)";
      report.accept(
          Finding.of(
              META,
              first.prose().at(first.offset(), first.text().length()),
              "'"
                  + first.text()
                  + "' is written with a capital, like a defined term, but "
                  + (hasDefinitions ? "no definition declares it" : "the policy defines no terms")
                  + times
                  + "; add it to `definitions` (or as an alias of the term it means),"
                  + " or write it in lower case"));
    }
  }
}
