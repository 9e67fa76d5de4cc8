package dev.policyascode.lint.rules;

import dev.policyascode.diagnostics.Finding;
import dev.policyascode.diagnostics.RuleMeta;
import dev.policyascode.diagnostics.Severity;
import dev.policyascode.lint.api.AbstractRule;
import dev.policyascode.lint.api.VersionContext;
import dev.policyascode.model.*;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** A definition whose term the text never uses: the reader learns a word that never comes. */
public final class TermsUnused extends AbstractRule {

  public static final RuleMeta META =
      new RuleMeta(
          "terms-unused",
          "terms",
          Severity.INFO,
          "A defined term that the text never uses",
          "Art. 12(1) GDPR: information in a concise form");

  public TermsUnused() {
    super(META);
  }

  @Override
  public void check(VersionContext context, Consumer<Finding> report) {
    PolicyVersion v = context.version();
    // each text's running words once per version (shared with the other term rules), not once
    // per definition
    List<Prose> texts = v.texts();
    List<String> words = new ArrayList<>();
    for (Prose p : texts) words.add(context.words(p).words());
    List<String> titles = new ArrayList<>();
    v.allSections().forEach(s -> titles.add(s.title()));
    for (Definition d : v.registers().definitions()) {
      List<String> elsewhere = new ArrayList<>();
      for (int i = 0; i < texts.size(); i++) {
        if (texts.get(i) != d.meaning()) elsewhere.add(words.get(i));
      }
      elsewhere.addAll(titles);
      boolean used = false;
      for (String name : TermForms.names(d)) {
        for (String form : TermForms.forms(name)) {
          used = used || elsewhere.stream().anyMatch(t -> WholeWord.in(t, form));
        }
      }
      if (used) continue;
      report.accept(
          Finding.of(
              META,
              d.at("term"),
              "the term '"
                  + d.term()
                  + "' is defined but never used in the text; remove the definition, or use the"
                  + " term where the text means it"));
    }
  }
}
