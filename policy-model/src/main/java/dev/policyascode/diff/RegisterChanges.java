package dev.policyascode.diff;

import dev.policyascode.diff.Change.Area;
import dev.policyascode.model.Activity;
import dev.policyascode.model.DataCategory;
import dev.policyascode.model.Definition;
import dev.policyascode.model.LegalBasisStatement;
import dev.policyascode.model.PolicyVersion;
import dev.policyascode.model.Recipient;
import dev.policyascode.model.Ref;
import dev.policyascode.model.RetentionRule;
import dev.policyascode.model.Transfer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The changes to the registers, each matched by id: definitions, data categories, activities, legal
 * bases, retention periods, recipients, transfers and rights.
 */
final class RegisterChanges extends ChangeFinder {

  private final RefNames before;
  private final RefNames after;

  RegisterChanges(
      PolicyVersion from, PolicyVersion to, Redlines redlines, Phrases say, List<Change> changes) {
    super(from, to, redlines, say, changes);
    this.before = RefNames.of(from);
    this.after = RefNames.of(to);
  }

  /** Every register, in the order of {@link Area}. */
  void find() {
    definitions();
    dataCategories();
    activities();
    legalBases();
    retention();
    recipients();
    transfers();
    rights();
  }

  private void definitions() {
    compare(
        Area.DEFINITIONS,
        from.registers().definitions(),
        to.registers().definitions(),
        Definition::id,
        d -> say.quoted(d.term()),
        (o, n) -> {
          List<String> what = new ArrayList<>();
          if (!o.term().equals(n.term())) what.add(say.get("change.term", o.term(), n.term()));
          if (!o.aliases().equals(n.aliases())) {
            what.add(say.get("change.aliases", say.listed(n.aliases())));
          }
          if (redlines.changed(o.meaning().text(), n.meaning().text())) {
            what.add(say.get("change.meaning"));
          }
          return what;
        });
  }

  private void dataCategories() {
    compare(
        Area.DATA_CATEGORIES,
        from.registers().dataCategories(),
        to.registers().dataCategories(),
        DataCategory::id,
        DataCategory::name,
        (o, n) -> {
          List<String> what = new ArrayList<>();
          if (!o.name().equals(n.name())) what.add(say.get("change.name", o.name(), n.name()));
          listDiff(what, "item", o.items(), n.items());
          if (!o.required().equals(n.required())) {
            what.add(
                say.get(
                    n.required().orElse(false) ? "change.nowRequired" : "change.noLongerRequired"));
          }
          return what;
        });
  }

  private void activities() {
    compare(
        Area.ACTIVITIES,
        from.registers().activities(),
        to.registers().activities(),
        Activity::id,
        Activity::name,
        (o, n) -> {
          List<String> what = new ArrayList<>();
          if (!o.name().equals(n.name())) what.add(say.get("change.name", o.name(), n.name()));
          if (o.legalBasis() != n.legalBasis()) {
            what.add(
                say.get(
                    "change.legalBasis",
                    say.word("basis", o.legalBasis().word()),
                    say.word("basis", n.legalBasis().word())));
          }
          if (!o.legitimateInterest().equals(n.legitimateInterest())) {
            what.add(say.get("change.legitimateInterest"));
          }
          listDiff(what, "purpose", o.purposes(), n.purposes());
          named(what, "dataCategory", o, n, Activity::dataCategories, RefNames::categories);
          named(what, "dataSubject", o, n, Activity::dataSubjects, RefNames::subjects);
          named(what, "recipient", o, n, Activity::recipients, RefNames::recipients);
          named(what, "retentionRule", o, n, Activity::retention, RefNames::retention);
          return what;
        });
  }

  private void legalBases() {
    compare(
        Area.LEGAL_BASES,
        from.registers().legalBases(),
        to.registers().legalBases(),
        b -> b.basis().word(),
        b -> say.word("basis", b.basis().word()),
        (LegalBasisStatement o, LegalBasisStatement n) ->
            redlines.changed(o.text().text(), n.text().text())
                ? List.of(say.get("change.wording"))
                : List.of());
  }

  private void retention() {
    Map<String, RetentionRule> old = byId(from.registers().retention(), RetentionRule::id);
    Map<String, RetentionRule> now = byId(to.registers().retention(), RetentionRule::id);
    for (RetentionRule n : to.registers().retention()) {
      RetentionRule o = old.get(n.id());
      String name = after.retention().get(n.id());
      if (o == null) {
        add(Area.RETENTION, say.get("change.retentionAdded", name, period(n)));
        continue;
      }
      List<String> what = new ArrayList<>();
      if (!o.period().equals(n.period())) {
        what.add(say.get("change.period", period(o), period(n)));
      }
      if (!o.from().equals(n.from())) {
        what.add(say.get("change.countedFrom", say.quoted(o.from()), say.quoted(n.from())));
      }
      named(what, "dataCategory", o, n, RetentionRule::dataCategories, RefNames::categories);
      if (redlines.changed(o.statement().text(), n.statement().text())) {
        what.add(say.get("change.wording"));
      }
      if (!what.isEmpty()) {
        add(Area.RETENTION, say.get("change.retentionChanged", name, say.joined(what)));
      }
    }
    for (RetentionRule o : from.registers().retention()) {
      if (!now.containsKey(o.id())) {
        add(
            Area.RETENTION,
            say.get("change.retentionRemoved", before.retention().get(o.id()), period(o)));
      }
    }
  }

  /** What {@code refs} of an entry gained and lost, by the names each version gives them. */
  private <T> void named(
      List<String> what,
      String noun,
      T o,
      T n,
      Function<T, List<Ref>> refs,
      Function<RefNames, Map<String, String>> names) {
    refDiff(what, noun, refs.apply(o), refs.apply(n), names.apply(before), names.apply(after));
  }

  /** The rule's period in words of the policy's language: "3 years", "3 ans", "3 Jahre". */
  private String period(RetentionRule r) {
    return say.period(r.period());
  }

  void recipients() {
    compare(
        Area.RECIPIENTS,
        from.registers().recipients(),
        to.registers().recipients(),
        Recipient::id,
        r ->
            say.get(
                "change.recipientName",
                r.name(),
                say.word("role", r.role().word()),
                say.country(r.internationalOrganisation().orElse(r.country()))),
        (o, n) -> {
          List<String> what = new ArrayList<>();
          if (!o.name().equals(n.name())) what.add(say.get("change.name", o.name(), n.name()));
          if (o.role() != n.role()) {
            what.add(
                say.get(
                    "change.role",
                    say.word("role", o.role().word()),
                    say.word("role", n.role().word())));
          }
          String was = o.internationalOrganisation().orElse(o.country());
          String is = n.internationalOrganisation().orElse(n.country());
          if (!was.equals(is)) {
            what.add(say.get("change.country", say.country(was), say.country(is)));
          }
          if (!o.category().id().equals(n.category().id())) {
            what.add(
                say.get(
                    "change.category",
                    before.recipientCategories().getOrDefault(o.category().id(), o.category().id()),
                    after
                        .recipientCategories()
                        .getOrDefault(n.category().id(), n.category().id())));
          }
          if (!o.service().equals(n.service())) what.add(say.get("change.service"));
          return what;
        });
  }

  private void transfers() {
    Function<Transfer, String> key = t -> t.recipient().id() + " to " + t.destination();
    Map<String, Recipient> names = byId(to.registers().recipients(), Recipient::id);
    byId(from.registers().recipients(), Recipient::id).forEach(names::putIfAbsent);
    compare(
        Area.TRANSFERS,
        from.registers().transfers(),
        to.registers().transfers(),
        key,
        t ->
            say.get(
                "change.transferName",
                Optional.ofNullable(names.get(t.recipient().id()))
                    .map(Recipient::name)
                    .orElse(t.recipient().id()),
                say.country(t.destination()),
                say.word("safeguard", t.safeguard().word())),
        (o, n) -> {
          List<String> what = new ArrayList<>();
          if (o.safeguard() != n.safeguard()) {
            what.add(
                say.get(
                    "change.safeguard",
                    say.word("safeguard", o.safeguard().word()),
                    say.word("safeguard", n.safeguard().word())));
          }
          if (!o.details().equals(n.details())) what.add(say.get("change.details"));
          return what;
        });
  }

  private void rights() {
    compare(
        Area.RIGHTS,
        from.registers().rights(),
        to.registers().rights(),
        r -> r.right().word(),
        r -> say.get("change.rightName", r.label(), say.word("right", r.right().word())),
        (o, n) ->
            o.label().equals(n.label())
                ? List.of()
                : List.of(say.get("change.rightWording", o.label(), n.label())));
  }
}
