package dev.policyascode.lint.rules;

import dev.policyascode.diagnostics.Finding;
import dev.policyascode.diagnostics.RuleMeta;
import dev.policyascode.diagnostics.Severity;
import dev.policyascode.lint.api.AbstractRule;
import dev.policyascode.lint.api.VersionContext;
import dev.policyascode.model.Activity;
import dev.policyascode.model.DataCategory;
import dev.policyascode.model.ProcessorActivity;
import dev.policyascode.model.Recipient;
import dev.policyascode.model.RecipientCategory;
import dev.policyascode.model.Ref;
import dev.policyascode.model.Registers;
import dev.policyascode.model.Transfer;
import dev.policyascode.register.Links;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A data category, recipient or transfer that the notice states and no processing activity covers:
 * it would appear in the public notice and nowhere in the record of processing, which lists every
 * category of data and of recipients and every transfer under the activity they belong to.
 */
public final class RegisterUncoveredEntry extends AbstractRule {

  public static final RuleMeta META =
      new RuleMeta(
          "register-uncovered-entry",
          "register",
          Severity.WARNING,
          "A data category, recipient or transfer that no processing activity covers",
          "Art. 30(1)(c)-(e) GDPR: the record lists them per processing activity");

  public RegisterUncoveredEntry() {
    super(META);
  }

  @Override
  public void check(VersionContext context, Consumer<Finding> report) {
    Registers r = context.version().registers();
    Links links = new Links(r);
    Set<String> categories = new HashSet<>();
    List<Ref> recipientRefs = new ArrayList<>();
    for (Activity a : r.activities()) {
      a.dataCategories().forEach(c -> categories.add(c.id()));
      recipientRefs.addAll(a.recipients());
    }
    for (ProcessorActivity a : r.processorActivities()) recipientRefs.addAll(a.recipients());
    Set<String> recipients = new HashSet<>();
    links.namedRecipients(recipientRefs).forEach(x -> recipients.add(x.id()));
    Set<String> recipientCategories = new HashSet<>();
    recipientRefs.forEach(ref -> recipientCategories.add(ref.id()));
    for (Recipient x : r.recipients()) {
      if (recipients.contains(x.id())) recipientCategories.add(x.category().id());
    }

    for (DataCategory c : r.dataCategories()) {
      if (!categories.contains(c.id())) {
        report.accept(
            uncovered(c.at(), "the data category '" + c.id() + "'", "data_categories", c.id()));
      }
    }
    for (RecipientCategory c : r.recipientCategories()) {
      if (!recipientCategories.contains(c.id())) {
        report.accept(
            uncovered(c.at(), "the recipient category '" + c.id() + "'", "recipients", c.id()));
      }
    }
    for (Recipient x : r.recipients()) {
      if (!recipients.contains(x.id())) {
        report.accept(uncovered(x.at(), "the recipient '" + x.id() + "'", "recipients", x.id()));
      }
    }
    for (Transfer t : r.transfers()) {
      if (links.recipient(t.recipient().id()).isPresent()
          && !recipients.contains(t.recipient().id())) {
        report.accept(
            Finding.of(
                META,
                t.at(),
                "the transfer to '"
                    + t.recipient().id()
                    + "' belongs to no processing activity, so the record of processing does not"
                    + " show it (Art. 30(1)(e)); add '"
                    + t.recipient().id()
                    + "' or its category to the 'recipients' of the activities whose data it"
                    + " receives"));
      }
    }
  }

  private static Finding uncovered(
      dev.policyascode.diagnostics.Position at, String what, String key, String id) {
    return Finding.of(
        META,
        at,
        what
            + " is in the notice, but no processing activity covers it, so the record of"
            + " processing does not show it (Art. 30(1)); add '"
            + id
            + "' to the '"
            + key
            + "' of the activities that use it, or remove it if none does");
  }
}
