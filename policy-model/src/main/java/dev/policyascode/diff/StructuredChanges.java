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
import dev.policyascode.model.Section;
import dev.policyascode.model.Transfer;
import dev.policyascode.text.Numbering;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * What changed between two versions, from their structure: sections matched by id (added, removed,
 * moved, renumbered, retitled, text changed) and the registers matched by id (definitions, data
 * categories, activities, legal bases, retention periods, recipients, transfers).
 *
 * <p>The lines are written in the policy's language with the {@code change.*} labels (the page's
 * labels, a project's own words included); periods in words and country names follow the language
 * too. Without labels, the built-in English ones.
 */
public final class StructuredChanges {

  private final PolicyVersion from;
  private final PolicyVersion to;
  private final Numbering before;
  private final Numbering after;
  private final List<Change> changes = new ArrayList<>();
  private final Redlines redlines;
  private final Phrases say;

  private StructuredChanges(
      PolicyVersion from, PolicyVersion to, Redlines redlines, Phrases phrases) {
    this.from = from;
    this.to = to;
    this.redlines = redlines;
    this.say = phrases;
    this.before = Numbering.of(from);
    this.after = Numbering.of(to);
  }

  /**
   * The changes from {@code from} to {@code to} in English, grouped by area in the order of {@link
   * Area}.
   */
  public static List<Change> between(PolicyVersion from, PolicyVersion to) {
    return between(from, to, new Redlines());
  }

  /**
   * As {@link #between(PolicyVersion, PolicyVersion)}, keeping its redlines in {@code redlines}.
   */
  public static List<Change> between(PolicyVersion from, PolicyVersion to, Redlines redlines) {
    return between(from, to, Phrases.ENGLISH, redlines);
  }

  /**
   * The changes from {@code from} to {@code to} in the words of {@code labels} (every {@code
   * change.*} key of the built-in labels) and the language {@code languageTag}, keeping the
   * redlines in {@code redlines}.
   */
  public static List<Change> between(
      PolicyVersion from,
      PolicyVersion to,
      Map<String, String> labels,
      String languageTag,
      Redlines redlines) {
    return between(from, to, new Phrases(labels, languageTag), redlines);
  }

  private static List<Change> between(
      PolicyVersion from, PolicyVersion to, Phrases phrases, Redlines redlines) {
    StructuredChanges c = new StructuredChanges(from, to, redlines, phrases);
    c.sections();
    c.definitions();
    c.dataCategories();
    c.activities();
    c.legalBases();
    c.retention();
    c.recipients();
    c.transfers();
    c.rights();
    List<Change> sorted = new ArrayList<>(c.changes);
    sorted.sort(java.util.Comparator.comparing(Change::area)); // stable: keeps each area's order
    return List.copyOf(sorted);
  }

  /**
   * The changes to the named recipients only: what {@link #between} lists under {@link
   * Area#RECIPIENTS}, without diffing every section's text (the feed needs only these).
   */
  public static List<Change> recipients(PolicyVersion from, PolicyVersion to) {
    return recipients(from, to, Phrases.ENGLISH);
  }

  /**
   * As {@link #recipients(PolicyVersion, PolicyVersion)}, in the words of {@code labels} and the
   * language {@code languageTag}.
   */
  public static List<Change> recipients(
      PolicyVersion from, PolicyVersion to, Map<String, String> labels, String languageTag) {
    return recipients(from, to, new Phrases(labels, languageTag));
  }

  private static List<Change> recipients(PolicyVersion from, PolicyVersion to, Phrases phrases) {
    StructuredChanges c = new StructuredChanges(from, to, new Redlines(), phrases);
    c.recipients();
    return List.copyOf(c.changes);
  }

  private void add(Area area, String text) {
    changes.add(new Change(area, text));
  }

  private void sections() {
    Map<String, Section> old = byId(from.allSections(), Section::id);
    Map<String, Section> now = byId(to.allSections(), Section::id);
    Map<String, String> oldParents = parents(from.sections(), null, new LinkedHashMap<>());
    Map<String, String> newParents = parents(to.sections(), null, new LinkedHashMap<>());
    List<String> renumbered = new ArrayList<>();
    for (Section s : to.allSections()) {
      String n = after.number(s.id()).orElse("?");
      Section o = old.get(s.id());
      if (o == null) {
        add(Area.SECTIONS, say.get("change.sectionAdded", n, s.title()));
        continue;
      }
      String was = before.number(s.id()).orElse("?");
      if (!Objects.equals(oldParents.get(s.id()), newParents.get(s.id()))) {
        add(Area.SECTIONS, say.get("change.sectionMoved", s.title(), was, n, where(newParents, s)));
      } else if (!last(was).equals(last(n))) {
        // A subsection whose parent was renumbered keeps its place: only its place counts.
        renumbered.add(say.get("change.renumberedSection", was, n, s.title()));
      }
      if (!o.title().equals(s.title())) {
        add(Area.SECTIONS, say.get("change.sectionRetitled", n, o.title(), s.title()));
      }
      Redline body = redlines.of(body(o), body(s));
      if (body.changed()) {
        int words = body.changedWords();
        String count = say.get(words == 1 ? "change.one.word" : "change.many.word", words);
        add(Area.SECTIONS, say.get("change.sectionText", n, s.title(), count));
      }
    }
    if (!renumbered.isEmpty()) {
      add(Area.SECTIONS, say.get("change.renumbered", String.join(", ", renumbered)));
    }
    for (Section o : from.allSections()) {
      if (!now.containsKey(o.id())) {
        add(
            Area.SECTIONS,
            say.get("change.sectionRemoved", before.number(o.id()).orElse("?"), o.title()));
      }
    }
  }

  private static String last(String number) {
    return number.substring(number.lastIndexOf('.') + 1);
  }

  private String where(Map<String, String> parents, Section s) {
    String parent = parents.get(s.id());
    return parent == null
        ? say.get("change.topLevel")
        : say.get("change.under", after.number(parent).orElse("?"));
  }

  static String body(Section s) {
    return s.body().map(p -> p.text()).orElse("");
  }

  private static Map<String, String> parents(
      List<Section> sections, String parent, Map<String, String> into) {
    for (Section s : sections) {
      into.put(s.id(), parent);
      parents(s.sections(), s.id(), into);
    }
    return into;
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
          if (redlines.of(o.meaning().text(), n.meaning().text()).changed()) {
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
          listDiff(what, "dataCategory", ids(o.dataCategories()), ids(n.dataCategories()));
          listDiff(what, "dataSubject", ids(o.dataSubjects()), ids(n.dataSubjects()));
          listDiff(what, "recipient", ids(o.recipients()), ids(n.recipients()));
          listDiff(what, "retentionRule", ids(o.retention()), ids(n.retention()));
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
            redlines.of(o.text().text(), n.text().text()).changed()
                ? List.of(say.get("change.wording"))
                : List.of());
  }

  private void retention() {
    Map<String, RetentionRule> old = byId(from.registers().retention(), RetentionRule::id);
    Map<String, RetentionRule> now = byId(to.registers().retention(), RetentionRule::id);
    for (RetentionRule n : to.registers().retention()) {
      RetentionRule o = old.get(n.id());
      String name = retained(n, to);
      if (o == null) {
        add(Area.RETENTION, say.get("change.retentionAdded", name, period(n)));
        continue;
      }
      List<String> what = new ArrayList<>();
      if (!o.period().equals(n.period())) {
        what.add(say.get("change.period", period(o), period(n)));
      }
      if (!o.from().equals(n.from())) {
        what.add(say.get("change.countedFrom", o.from().orElse(""), n.from().orElse("")));
      }
      listDiff(what, "dataCategory", ids(o.dataCategories()), ids(n.dataCategories()));
      if (redlines.of(o.statement().text(), n.statement().text()).changed()) {
        what.add(say.get("change.wording"));
      }
      if (!what.isEmpty()) {
        add(Area.RETENTION, say.get("change.retentionChanged", name, say.joined(what)));
      }
    }
    for (RetentionRule o : from.registers().retention()) {
      if (!now.containsKey(o.id())) {
        add(Area.RETENTION, say.get("change.retentionRemoved", retained(o, from), period(o)));
      }
    }
  }

  /** The rule's period in words of the policy's language: "3 years", "3 ans", "3 Jahre". */
  private String period(RetentionRule r) {
    return say.period(r.period());
  }

  /**
   * What a retention rule keeps, in the policy's words: the names of its data categories ("prospect
   * data"), else of the activities that follow it ("prospecting and marketing"), else its id.
   */
  private static String retained(RetentionRule r, PolicyVersion v) {
    Map<String, DataCategory> cats = byId(v.registers().dataCategories(), DataCategory::id);
    List<String> names =
        r.dataCategories().stream()
            .map(
                ref ->
                    Optional.ofNullable(cats.get(ref.id()))
                        .map(DataCategory::name)
                        .orElse(ref.id()))
            .toList();
    if (names.isEmpty()) {
      names =
          v.registers().activities().stream()
              .filter(a -> a.retention().stream().anyMatch(ref -> ref.id().equals(r.id())))
              .map(Activity::name)
              .toList();
    }
    return names.isEmpty() ? r.id() : String.join(", ", names);
  }

  private void recipients() {
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
                say.country(r.country())),
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
          if (!o.country().equals(n.country())) {
            what.add(say.get("change.country", say.country(o.country()), say.country(n.country())));
          }
          if (!o.category().id().equals(n.category().id())) {
            what.add(say.get("change.category", o.category().id(), n.category().id()));
          }
          if (!o.service().equals(n.service())) what.add(say.get("change.service"));
          return what;
        });
  }

  private void transfers() {
    Function<Transfer, String> key = t -> t.recipient().id() + " to " + t.country();
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
                say.country(t.country()),
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

  /** Entries matched by key: added, removed, and changed with what changed. */
  private <T> void compare(
      Area area,
      List<T> old,
      List<T> now,
      Function<T, String> key,
      Function<T, String> name,
      java.util.function.BiFunction<T, T, List<String>> changed) {
    Map<String, T> before = byId(old, key);
    Map<String, T> after = byId(now, key);
    for (T n : now) {
      T o = before.get(key.apply(n));
      if (o == null) {
        add(area, say.get("change.added", name.apply(n)));
      } else {
        List<String> what = changed.apply(o, n);
        if (!what.isEmpty()) {
          add(area, say.get("change.changed", name.apply(n), say.joined(what)));
        }
      }
    }
    for (T o : old) {
      if (!after.containsKey(key.apply(o))) add(area, say.get("change.removed", name.apply(o)));
    }
  }

  /**
   * The items added to and removed from a list; {@code what} names the labels of one item ({@code
   * change.one.purpose}) and of several ({@code change.many.purpose}).
   */
  private void listDiff(List<String> into, String what, List<String> old, List<String> now) {
    List<String> added = now.stream().filter(x -> !old.contains(x)).toList();
    List<String> removed = old.stream().filter(x -> !now.contains(x)).toList();
    if (!added.isEmpty()) {
      into.add(say.get("change.listAdded", noun(what, added), say.listed(added)));
    }
    if (!removed.isEmpty()) {
      into.add(say.get("change.listRemoved", noun(what, removed), say.listed(removed)));
    }
  }

  private String noun(String what, List<String> items) {
    return say.get((items.size() == 1 ? "change.one." : "change.many.") + what);
  }

  private static List<String> ids(List<Ref> refs) {
    return refs.stream().map(Ref::id).toList();
  }

  private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
    Map<String, T> m = new LinkedHashMap<>();
    for (T t : items) m.putIfAbsent(id.apply(t), t);
    return m;
  }
}
