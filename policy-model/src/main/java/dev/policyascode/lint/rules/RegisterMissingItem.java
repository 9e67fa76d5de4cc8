package dev.policyascode.lint.rules;

import dev.policyascode.diagnostics.Finding;
import dev.policyascode.diagnostics.RuleMeta;
import dev.policyascode.diagnostics.Severity;
import dev.policyascode.lint.api.AbstractRule;
import dev.policyascode.lint.api.VersionContext;
import dev.policyascode.model.Activity;
import dev.policyascode.model.ProcessorActivity;
import dev.policyascode.model.Ref;
import dev.policyascode.model.Registers;
import dev.policyascode.register.Links;
import java.util.function.Consumer;

/**
 * An activity whose entry in the record of processing would lack an item of Art. 30: the categories
 * of recipients, a time limit for erasure of one of its data categories, the security measures; for
 * an activity as processor, the categories of processing or the security measures. Purposes, data
 * subjects, data categories and the legal basis are required keys, so the loader already refuses an
 * activity without them.
 */
public final class RegisterMissingItem extends AbstractRule {

  public static final RuleMeta META =
      new RuleMeta(
          "register-missing-item",
          "register",
          Severity.WARNING,
          "An activity whose record of processing lacks an item of Art. 30",
          "Art. 30(1)(b)-(g) and 30(2)(b)-(d) GDPR: what the record of processing contains");

  public RegisterMissingItem() {
    super(META);
  }

  @Override
  public void check(VersionContext context, Consumer<Finding> report) {
    Registers r = context.version().registers();
    Links links = new Links(r);
    for (Activity a : r.activities()) {
      if (a.recipients().isEmpty()) {
        report.accept(
            Finding.of(
                META,
                a.at("recipients"),
                "the activity '"
                    + a.id()
                    + "' names no recipients, which its record of processing must list (Art."
                    + " 30(1)(d)); add 'recipients:' with the ids of the recipients or recipient"
                    + " categories the data is disclosed to"));
      }
      for (Ref category : a.dataCategories()) {
        if (links.dataCategory(category.id()).isEmpty()) continue; // schema-unknown-ref says it
        if (links.retentionOf(a, category.id()).isEmpty()) {
          report.accept(
              Finding.of(
                  META,
                  category.at(),
                  "the activity '"
                      + a.id()
                      + "' sets no time limit for erasing '"
                      + category.id()
                      + "' (Art. 30(1)(f)); add to its 'retention:' a rule that names '"
                      + category.id()
                      + "' in its data_categories, or a rule with no data_categories, which"
                      + " applies to all of the activity's data"));
        }
      }
      if (links.securityMeasures(a.record()).isEmpty()) {
        report.accept(noMeasures(a.id(), a.at(), "30(1)(g)"));
      }
    }
    for (ProcessorActivity a : r.processorActivities()) {
      if (a.processing().isEmpty()) {
        report.accept(
            Finding.of(
                META,
                a.at("processing"),
                "the processor activity '"
                    + a.id()
                    + "' states no categories of processing (Art. 30(2)(b)); add 'processing:'"
                    + " with what is done with the controller's data, such as hosting"));
      }
      if (links.securityMeasures(a.record()).isEmpty()) {
        report.accept(noMeasures(a.id(), a.at(), "30(2)(d)"));
      }
    }
  }

  private static Finding noMeasures(
      String id, dev.policyascode.diagnostics.Position at, String article) {
    return Finding.of(
        META,
        at,
        "no security measure applies to '"
            + id
            + "' (Art. "
            + article
            + "); add the version's 'security_measures', or list the ids of those that apply in"
            + " the activity's 'security_measures:'");
  }
}
