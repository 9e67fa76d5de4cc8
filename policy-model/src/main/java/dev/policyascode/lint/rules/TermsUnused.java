package dev.policyascode.lint.rules;

import dev.policyascode.lint.Finding;
import dev.policyascode.lint.Rule;
import dev.policyascode.lint.RuleMeta;
import dev.policyascode.lint.Severity;
import dev.policyascode.lint.VersionContext;
import dev.policyascode.model.*;
import dev.policyascode.text.WordScan;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/** A definition whose term the text never uses: the reader learns a word that never comes. */
public final class TermsUnused implements Rule {

  public static final RuleMeta META =
      new RuleMeta(
          "terms-unused",
          "terms",
          Severity.INFO,
          "A defined term that the text never uses",
          "Art. 12(1): information in a concise form");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(VersionContext context, Consumer<Finding> report) {
    PolicyVersion v = context.version();
    for (Definition d : v.registers().definitions()) {
      List<String> elsewhere = new ArrayList<>();
      for (Prose p : v.texts()) {
        if (p != d.meaning()) elsewhere.add(new WordScan(p).words());
      }
      v.allSections().forEach(s -> elsewhere.add(s.title()));
      boolean used = false;
      for (String name : TermIndex.names(d)) {
        for (String form : TermIndex.forms(name)) {
          Pattern word =
              Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(form) + "(?![\\p{L}\\p{N}])");
          used = used || elsewhere.stream().anyMatch(t -> word.matcher(t).find());
        }
      }
      if (used) continue;
      report.accept(
          Finding.of(
              META,
              d.at(),
              "the term '"
                  + d.term()
                  + "' is defined but never used in the text; remove the definition, or use the"
                  + " term where the text means it"));
    }
  }
}
