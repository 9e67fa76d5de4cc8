package dev.policyascode.lint.rules;

import dev.policyascode.diagnostics.Finding;
import dev.policyascode.diagnostics.RuleMeta;
import dev.policyascode.diagnostics.Severity;
import dev.policyascode.lint.api.AbstractRule;
import dev.policyascode.lint.api.VersionContext;
import dev.policyascode.model.*;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * One term declared by two definitions (as a term or an alias, in any case): the reader cannot tell
 * which meaning applies.
 */
public final class TermsDuplicate extends AbstractRule {

  public static final RuleMeta META =
      new RuleMeta(
          "terms-duplicate",
          "terms",
          Severity.ERROR,
          "A term that two definitions declare",
          "Art. 12(1) GDPR: information in a transparent and intelligible form");

  public TermsDuplicate() {
    super(META);
  }

  @Override
  public void check(VersionContext context, Consumer<Finding> report) {
    Map<String, Definition> seen = new HashMap<>();
    for (Definition d : context.version().registers().definitions()) {
      Set<String> reported = new HashSet<>();
      for (String name : TermForms.names(d)) {
        String key = name.toLowerCase(Locale.ROOT);
        Definition earlier = seen.get(key);
        if (earlier != null && !earlier.id().equals(d.id()) && reported.add(earlier.id())) {
          report.accept(
              Finding.of(
                  META,
                  TermNames.at(d, name),
                  "'"
                      + name
                      + "' is defined twice: by '"
                      + d.id()
                      + "' here and by '"
                      + earlier.id()
                      + "' at line "
                      + TermNames.at(earlier, name).line()
                      + "; keep one definition and make the other term an alias, or rename one"));
        }
        seen.putIfAbsent(key, d);
      }
    }
  }
}
