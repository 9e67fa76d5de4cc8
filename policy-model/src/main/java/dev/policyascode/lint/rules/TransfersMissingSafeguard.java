package dev.policyascode.lint.rules;

import dev.policyascode.diagnostics.Finding;
import dev.policyascode.diagnostics.RuleMeta;
import dev.policyascode.diagnostics.Severity;
import dev.policyascode.gdpr.Eea;
import dev.policyascode.lint.api.AbstractRule;
import dev.policyascode.lint.api.VersionContext;
import dev.policyascode.model.*;
import java.util.function.Consumer;

/** A recipient outside the EEA needs a transfer with its ground (Art. 44-49, 13(1)(f)). */
public final class TransfersMissingSafeguard extends AbstractRule {

  public static final RuleMeta META =
      new RuleMeta(
          "transfers-missing-safeguard",
          "transfers",
          Severity.ERROR,
          "A recipient outside the EEA with no transfer and safeguard",
          "Art. 44-49 and Art. 13(1)(f): a transfer to a third country and its safeguard");

  public TransfersMissingSafeguard() {
    super(META);
  }

  @Override
  public void check(VersionContext context, Consumer<Finding> report) {
    Registers r = context.version().registers();
    var effective = context.version().effective();
    for (Recipient recipient : r.recipients()) {
      if (!Eea.outside(recipient, effective)) continue;
      boolean covered =
          r.transfers().stream().anyMatch(t -> t.recipient().id().equals(recipient.id()));
      if (covered) continue;
      if (recipient.internationalOrganisation().isPresent()) {
        String id = recipient.internationalOrganisation().get();
        report.accept(
            Finding.of(
                META,
                recipient.at("international_organisation"),
                "the recipient '"
                    + recipient.id()
                    + "' is "
                    + TransfersAdequacy.name(id)
                    + ", an international organisation: data sent to it is a transfer wherever"
                    + " it sits, but no transfer names it; add under transfers '- {recipient: "
                    + recipient.id()
                    + ", international_organisation: "
                    + id
                    + ", safeguard: ...}' with its ground"));
        continue;
      }
      report.accept(
          Finding.of(
              META,
              recipient.at("country"),
              "the recipient '"
                  + recipient.id()
                  + "' is in "
                  + TransfersAdequacy.name(recipient.country())
                  + ", outside the EEA, but no transfer names it; add under transfers"
                  + " '- {recipient: "
                  + recipient.id()
                  + ", country: "
                  + recipient.country()
                  + ", safeguard: ...}' with its ground (adequacy-decision,"
                  + " standard-contractual-clauses, binding-corporate-rules, ...)"));
    }
  }
}
