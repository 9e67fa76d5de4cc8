package dev.policyascode.register;

import dev.policyascode.model.Activity;
import dev.policyascode.model.DataCategory;
import dev.policyascode.model.Recipient;
import dev.policyascode.model.RecipientCategory;
import dev.policyascode.model.RecordDetails;
import dev.policyascode.model.Ref;
import dev.policyascode.model.Registers;
import dev.policyascode.model.RetentionRule;
import dev.policyascode.model.SecurityMeasure;
import dev.policyascode.model.Transfer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What an activity's ids lead to in a version's registers: its named recipients (those it lists,
 * and those of the recipient categories it lists), their transfers, its retention rules and its
 * security measures. The record of processing and the register rules read the links the same way.
 * Ids that lead nowhere are left out: {@code schema-unknown-ref} reports them.
 */
public final class Links {

  private final Registers registers;

  public Links(Registers registers) {
    this.registers = registers;
  }

  public Optional<DataCategory> dataCategory(String id) {
    return registers.dataCategories().stream().filter(c -> c.id().equals(id)).findFirst();
  }

  public Optional<RecipientCategory> recipientCategory(String id) {
    return registers.recipientCategories().stream().filter(c -> c.id().equals(id)).findFirst();
  }

  public Optional<Recipient> recipient(String id) {
    return registers.recipients().stream().filter(r -> r.id().equals(id)).findFirst();
  }

  /** The named recipients {@code refs} lead to: each listed one, and each of a listed category. */
  public List<Recipient> namedRecipients(List<Ref> refs) {
    Set<Recipient> named = new LinkedHashSet<>();
    for (Ref ref : refs) {
      recipient(ref.id()).ifPresent(named::add);
      registers.recipients().stream()
          .filter(r -> r.category().id().equals(ref.id()))
          .forEach(named::add);
    }
    return List.copyOf(named);
  }

  /** The transfers to the recipients {@code refs} lead to. */
  public List<Transfer> transfers(List<Ref> refs) {
    Set<String> ids = new LinkedHashSet<>();
    namedRecipients(refs).forEach(r -> ids.add(r.id()));
    return registers.transfers().stream().filter(t -> ids.contains(t.recipient().id())).toList();
  }

  public List<RetentionRule> retention(Activity activity) {
    List<RetentionRule> rules = new ArrayList<>();
    for (Ref ref : activity.retention()) {
      registers.retention().stream()
          .filter(r -> r.id().equals(ref.id()))
          .findFirst()
          .ifPresent(rules::add);
    }
    return rules;
  }

  /**
   * The retention rules of {@code activity} that set a time limit for {@code category}: those that
   * name it, and those that name no category and so apply to all the activity's data.
   */
  public List<RetentionRule> retentionOf(Activity activity, String category) {
    return retention(activity).stream()
        .filter(
            r ->
                r.dataCategories().isEmpty()
                    || r.dataCategories().stream().anyMatch(c -> c.id().equals(category)))
        .toList();
  }

  /**
   * The security measures that apply: those the record lists, or, when it lists none, all of the
   * version's, which the notice states for every processing alike.
   */
  public List<SecurityMeasure> securityMeasures(RecordDetails record) {
    if (record.securityMeasures().isEmpty()) return registers.securityMeasures();
    List<SecurityMeasure> measures = new ArrayList<>();
    for (Ref ref : record.securityMeasures()) {
      registers.securityMeasures().stream()
          .filter(m -> m.id().equals(ref.id()))
          .findFirst()
          .ifPresent(measures::add);
    }
    return measures;
  }

  /**
   * Whether data sent to a recipient leaves the European Economic Area: it processes it outside, or
   * it is an international organisation (Art. 44, wherever it sits).
   */
  public static boolean inThirdCountry(Recipient r) {
    return r.internationalOrganisation().isPresent() || inThirdCountry(r.country());
  }

  /** Whether a recipient processes the data outside the European Economic Area. */
  public static boolean inThirdCountry(String country) {
    return !Eea.contains(country);
  }
}
