package dev.policyascode.lint.rules;

import dev.policyascode.diagnostics.Finding;
import dev.policyascode.diagnostics.RuleMeta;
import dev.policyascode.diagnostics.Severity;
import dev.policyascode.lint.api.AbstractRule;
import dev.policyascode.lint.api.VersionContext;
import dev.policyascode.model.*;
import java.util.function.Consumer;

/**
 * A special category of data (Art. 9(1): health, biometric, religious beliefs...) is forbidden to
 * process unless one of the conditions of Art. 9(2) applies, on top of an Art. 6 basis; the record
 * of processing and the notice must be able to say which. A condition written on a category that is
 * not marked special says the two keys disagree.
 */
public final class DatamapSpecialCondition extends AbstractRule {

  public static final RuleMeta META =
      new RuleMeta(
          "datamap-special-condition",
          "datamap",
          Severity.ERROR,
          "A special category of data without the Art. 9(2) condition it rests on",
          "Art. 9(1) and (2): special categories may be processed only under a condition of"
              + " Art. 9(2)");

  public DatamapSpecialCondition() {
    super(META);
  }

  @Override
  public void check(VersionContext context, Consumer<Finding> report) {
    for (DataCategory c : context.version().registers().dataCategories()) {
      if (c.special() && c.specialCondition().isEmpty()) {
        report.accept(
            Finding.of(
                META,
                c.at("special"),
                "'"
                    + c.name()
                    + "' is a special category of data (Art. 9(1)), which may be processed only"
                    + " under one of the conditions of Art. 9(2); say which in special_condition:,"
                    + " such as explicit-consent (a), employment-social-security (b) or"
                    + " health-care (h)"));
      } else if (!c.special() && c.specialCondition().isPresent()) {
        report.accept(
            Finding.of(
                META,
                c.at("special_condition"),
                "'"
                    + c.name()
                    + "' has an Art. 9(2) condition ("
                    + c.specialCondition().get().article()
                    + ") but is not marked as a special category; add special: true, or remove"
                    + " special_condition"));
      }
    }
  }
}
