package dev.policyascode.gdpr;

import dev.policyascode.gdpr.NoticeMatrix.Row;
import dev.policyascode.gdpr.NoticeMatrix.Status;
import dev.policyascode.load.Organisations;
import dev.policyascode.model.Activity;
import dev.policyascode.model.DataCategory;
import dev.policyascode.model.LegalBasis;
import dev.policyascode.model.Policy;
import dev.policyascode.model.PolicyVersion;
import dev.policyascode.model.Recipient;
import dev.policyascode.model.Transfer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The items about the processing itself, read from the registers: purposes and legal bases
 * (13(1)(c)), legitimate interests (13(1)(d)), recipients (13(1)(e)), transfers (13(1)(f)),
 * retention (13(2)(a)), whether data is required (13(2)(e)), and, for data not collected from the
 * person, its categories (14(1)(d)) and sources (14(2)(f)).
 */
final class ProcessingItems extends NoticeItems {

  ProcessingItems(Policy policy, PolicyVersion version, SectionsShowing showing) {
    super(policy, version, showing);
  }

  Row purposes(NoticeChecklist.Item item) {
    List<Activity> activities = version.registers().activities();
    List<String> evidence =
        activities.stream()
            .map(
                a ->
                    a.name()
                        + ": "
                        + String.join("; ", a.purposes())
                        + " ("
                        + a.legalBasis().word()
                        + ")")
            .toList();
    return row(
        item,
        activities.isEmpty() ? Status.MISSING : Status.COVERED,
        evidence,
        activities.isEmpty()
            ? "no processing activity is listed under activities, so no purpose or legal basis is stated"
            : "",
        "activities",
        "legal-bases");
  }

  Row interests(NoticeChecklist.Item item) {
    List<Activity> li = withBasis(EnumSet.of(LegalBasis.LEGITIMATE_INTERESTS));
    if (li.isEmpty())
      return row(
          item, Status.NOT_APPLICABLE, List.of(), "no activity rests on legitimate interests");
    List<String> evidence = new ArrayList<>();
    List<String> lacking = new ArrayList<>();
    for (Activity a : li) {
      if (a.legitimateInterest().isPresent())
        evidence.add(a.name() + ": " + a.legitimateInterest().get());
      else lacking.add(a.name());
    }
    return partial(
        item,
        evidence,
        lacking,
        "activities on legitimate interests without the interest named: ",
        "datamap-legitimate-interest",
        "legal-bases",
        "activities");
  }

  Row recipients(NoticeChecklist.Item item) {
    List<String> evidence = new ArrayList<>();
    version.registers().recipientCategories().forEach(c -> evidence.add("category: " + c.name()));
    version
        .registers()
        .recipients()
        .forEach(r -> evidence.add(r.name() + " (" + r.country() + ")"));
    return row(
        item,
        evidence.isEmpty() ? Status.MISSING : Status.COVERED,
        evidence,
        evidence.isEmpty()
            ? "no recipient or recipient category is listed; list who receives the data, or the categories of recipients"
            : "",
        "recipients",
        "recipient-categories");
  }

  Row transfers(NoticeChecklist.Item item) {
    List<Transfer> transfers = version.registers().transfers();
    List<Recipient> outside =
        version.registers().recipients().stream()
            .filter(r -> Eea.outside(r, version.effective()))
            .toList();
    if (outside.isEmpty() && transfers.isEmpty()) {
      return row(item, Status.NOT_APPLICABLE, List.of(), "every recipient is in the EEA");
    }
    Set<String> covered =
        transfers.stream().map(t -> t.recipient().id()).collect(Collectors.toSet());
    List<String> evidence =
        transfers.stream()
            .map(
                t ->
                    t.recipient().id()
                        + " to "
                        + Organisations.label(t)
                        + ": "
                        + t.safeguard().word()
                        + t.details().map(d -> " (" + d + ")").orElse(""))
            .toList();
    List<String> lacking =
        outside.stream()
            .filter(r -> !covered.contains(r.id()))
            .map(r -> r.name() + " (" + Organisations.label(r) + ")")
            .toList();
    return partial(
        item,
        evidence,
        lacking,
        "recipients outside the EEA without a transfer: ",
        "transfers-missing-safeguard");
  }

  Row retention(NoticeChecklist.Item item) {
    if (version.registers().retention().isEmpty()) {
      return row(item, Status.MISSING, List.of(), "no retention rule is listed under retention");
    }
    List<String> evidence =
        version.registers().retention().stream()
            .map(
                r ->
                    r.id()
                        + ": "
                        + dev.policyascode.text.Durations.inWords(r.period())
                        + r.from().map(f -> " from " + f).orElse(""))
            .toList();
    List<String> lacking =
        version.registers().activities().stream()
            .filter(a -> a.retention().isEmpty())
            .map(Activity::name)
            .toList();
    return partial(
        item,
        evidence,
        lacking,
        "activities without a retention rule: ",
        "retention-missing",
        "retention");
  }

  Row required(NoticeChecklist.Item item) {
    List<DataCategory> fromPerson =
        version.registers().dataCategories().stream().filter(c -> c.source().isEmpty()).toList();
    if (fromPerson.isEmpty())
      return row(
          item, Status.NOT_APPLICABLE, List.of(), "no data category is collected from the person");
    List<String> evidence =
        fromPerson.stream()
            .filter(c -> c.required().isPresent())
            .map(c -> c.name() + ": " + (c.required().get() ? "required" : "optional"))
            .toList();
    return row(
        item,
        evidence.isEmpty() ? Status.MISSING : Status.COVERED,
        evidence,
        evidence.isEmpty()
            ? "no data category says whether it is required; write required: true or false on the ones people provide"
            : "",
        "data-categories");
  }

  Row categories(NoticeChecklist.Item item) {
    List<String> evidence =
        version.registers().dataCategories().stream().map(DataCategory::name).toList();
    return row(
        item,
        evidence.isEmpty() ? Status.MISSING : Status.COVERED,
        evidence,
        "",
        "data-categories",
        "data-items");
  }

  Row sources(NoticeChecklist.Item item) {
    List<String> evidence =
        notFromPerson().stream().map(c -> c.name() + ": " + c.source().orElseThrow()).toList();
    return row(item, Status.COVERED, evidence, "", "data-categories");
  }
}
