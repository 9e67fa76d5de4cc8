package dev.policyascode.lint.rules;

import dev.policyascode.diagnostics.Finding;
import dev.policyascode.diagnostics.RuleMeta;
import dev.policyascode.diagnostics.Severity;
import dev.policyascode.lint.api.AbstractRule;
import dev.policyascode.lint.api.VersionContext;
import dev.policyascode.model.*;
import java.util.function.Consumer;

/**
 * A data category that no processing activity uses: either the data is processed for a purpose the
 * policy does not state, or the category is a leftover.
 */
public final class DatamapUnusedCategory extends AbstractRule {

  public static final RuleMeta META =
      new RuleMeta(
          "datamap-unused-category",
          "datamap",
          Severity.WARNING,
          "A data category that no processing activity uses",
          "Art. 5(1)(b) (purpose limitation) and Art. 13(1)(c) (the purposes of the processing)");

  public DatamapUnusedCategory() {
    super(META);
  }

  @Override
  public void check(VersionContext context, Consumer<Finding> report) {
    Registers r = context.version().registers();
    // Without a data map there is nothing to compare with: the policy is text only so far.
    if (r.activities().isEmpty()) return;
    var used =
        r.activities().stream()
            .flatMap(a -> a.dataCategories().stream())
            .map(Ref::id)
            .collect(java.util.stream.Collectors.toSet());
    for (DataCategory c : r.dataCategories()) {
      if (used.contains(c.id())) continue;
      report.accept(
          Finding.of(
              META,
              c.at(),
              "no processing activity uses the data category '"
                  + c.id()
                  + "' ("
                  + c.name()
                  + "); add it to the data_categories of the activity that processes it, or remove"
                  + " the category if the data is not collected"));
    }
  }
}
