package dev.policyascode.lint.rules;

import dev.policyascode.diagnostics.Finding;
import dev.policyascode.diagnostics.RuleMeta;
import dev.policyascode.diagnostics.Severity;
import dev.policyascode.lint.api.AbstractRule;
import dev.policyascode.lint.api.VersionContext;
import dev.policyascode.model.ProcessorActivity;
import java.util.function.Consumer;

/**
 * An activity carried out as a processor that does not say for which controller. The processor's
 * record names each controller on whose behalf it acts (Art. 30(2)(a)); for many customers under
 * one contract, the category of customers will do.
 */
public final class RegisterProcessorController extends AbstractRule {

  public static final RuleMeta META =
      new RuleMeta(
          "register-processor-controller",
          "register",
          Severity.WARNING,
          "A processor activity that does not name its controller",
          "Art. 30(2)(a) GDPR: the name and contact details of each controller");

  public RegisterProcessorController() {
    super(META);
  }

  @Override
  public void check(VersionContext context, Consumer<Finding> report) {
    for (ProcessorActivity a : context.version().registers().processorActivities()) {
      if (a.controller().isEmpty()) {
        report.accept(
            Finding.of(
                META,
                a.at(),
                "the processor activity '"
                    + a.id()
                    + "' does not say on whose behalf it is carried out (Art. 30(2)(a)); add"
                    + " 'controller:' with the controller, or the category of customers, such as"
                    + " 'each Customer, for the data it puts into the Applications'"));
      }
    }
  }
}
