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
import dev.policyascode.text.Durations;
import dev.policyascode.text.Numbering;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * What changed between two versions, from their structure: sections matched by id (added, removed,
 * moved, renumbered, retitled, text changed) and the registers matched by id (definitions, data
 * categories, activities, legal bases, retention periods, recipients, transfers).
 */
public final class StructuredChanges {

  private final PolicyVersion from;
  private final PolicyVersion to;
  private final Numbering before;
  private final Numbering after;
  private final List<Change> changes = new ArrayList<>();

  private StructuredChanges(PolicyVersion from, PolicyVersion to) {
    this.from = from;
    this.to = to;
    this.before = new Numbering(from);
    this.after = new Numbering(to);
  }

  /** The changes from {@code from} to {@code to}, grouped by area in the order of {@link Area}. */
  public static List<Change> between(PolicyVersion from, PolicyVersion to) {
    StructuredChanges c = new StructuredChanges(from, to);
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
        add(Area.SECTIONS, "Section " + n + " “" + s.title() + "” added");
        continue;
      }
      String was = before.number(s.id()).orElse("?");
      if (!Objects.equals(oldParents.get(s.id()), newParents.get(s.id()))) {
        add(
            Area.SECTIONS,
            "Section “"
                + s.title()
                + "” moved: "
                + was
                + " → "
                + n
                + " ("
                + where(newParents, s)
                + ")");
      } else if (!last(was).equals(last(n))) {
        // A subsection whose parent was renumbered keeps its place: only its place counts.
        renumbered.add(was + " → " + n + " (" + s.title() + ")");
      }
      if (!o.title().equals(s.title())) {
        add(Area.SECTIONS, "Section " + n + " retitled: “" + o.title() + "” → “" + s.title() + "”");
      }
      Redline body = Redline.of(body(o), body(s));
      if (body.changed()) {
        int words = body.changedWords();
        add(
            Area.SECTIONS,
            "Section "
                + n
                + " “"
                + s.title()
                + "”: text changed ("
                + words
                + (words == 1 ? " word" : " words")
                + ")");
      }
    }
    if (!renumbered.isEmpty()) {
      add(
          Area.SECTIONS,
          "Renumbered, text unchanged unless listed: " + String.join(", ", renumbered));
    }
    for (Section o : from.allSections()) {
      if (!now.containsKey(o.id())) {
        add(
            Area.SECTIONS,
            "Section " + before.number(o.id()).orElse("?") + " “" + o.title() + "” removed");
      }
    }
  }

  private static String last(String number) {
    return number.substring(number.lastIndexOf('.') + 1);
  }

  private String where(Map<String, String> parents, Section s) {
    String parent = parents.get(s.id());
    return parent == null
        ? "now a top-level section"
        : "now under section " + after.number(parent).orElse("?");
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
        d -> "“" + d.term() + "”",
        (o, n) -> {
          List<String> what = new ArrayList<>();
          if (!o.term().equals(n.term())) what.add("term “" + o.term() + "” → “" + n.term() + "”");
          if (!o.aliases().equals(n.aliases())) what.add("other names " + listed(n.aliases()));
          if (Redline.of(o.meaning().text(), n.meaning().text()).changed()) what.add("meaning");
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
          if (!o.name().equals(n.name())) what.add("name “" + o.name() + "” → “" + n.name() + "”");
          listDiff(what, "item", o.items(), n.items());
          if (!o.required().equals(n.required())) {
            what.add(n.required().orElse(false) ? "now required" : "no longer required");
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
          if (!o.name().equals(n.name())) what.add("name “" + o.name() + "” → “" + n.name() + "”");
          if (o.legalBasis() != n.legalBasis()) {
            what.add(
                "legal basis "
                    + words(o.legalBasis().word())
                    + " → "
                    + words(n.legalBasis().word()));
          }
          if (!o.legitimateInterest().equals(n.legitimateInterest()))
            what.add("legitimate interest");
          listDiff(what, "purpose", o.purposes(), n.purposes());
          listDiff(what, "data category", ids(o.dataCategories()), ids(n.dataCategories()));
          listDiff(what, "data subject", ids(o.dataSubjects()), ids(n.dataSubjects()));
          listDiff(what, "recipient", ids(o.recipients()), ids(n.recipients()));
          listDiff(what, "retention rule", ids(o.retention()), ids(n.retention()));
          return what;
        });
  }

  private void legalBases() {
    compare(
        Area.LEGAL_BASES,
        from.registers().legalBases(),
        to.registers().legalBases(),
        b -> b.basis().word(),
        b -> words(b.basis().word()),
        (LegalBasisStatement o, LegalBasisStatement n) ->
            Redline.of(o.text().text(), n.text().text()).changed()
                ? List.of("wording")
                : List.of());
  }

  private void retention() {
    Map<String, RetentionRule> old = byId(from.registers().retention(), RetentionRule::id);
    Map<String, RetentionRule> now = byId(to.registers().retention(), RetentionRule::id);
    for (RetentionRule n : to.registers().retention()) {
      RetentionRule o = old.get(n.id());
      String name = "Retention of " + retained(n, to);
      if (o == null) {
        add(Area.RETENTION, name + ": " + Durations.inWords(n.period()) + " (added)");
        continue;
      }
      List<String> what = new ArrayList<>();
      if (!o.period().equals(n.period())) {
        what.add(Durations.inWords(o.period()) + " → " + Durations.inWords(n.period()));
      }
      if (!o.from().equals(n.from())) {
        what.add("counted from “" + o.from().orElse("") + "” → “" + n.from().orElse("") + "”");
      }
      listDiff(what, "data category", ids(o.dataCategories()), ids(n.dataCategories()));
      if (Redline.of(o.statement().text(), n.statement().text()).changed()) what.add("wording");
      if (!what.isEmpty()) add(Area.RETENTION, name + ": " + String.join("; ", what));
    }
    for (RetentionRule o : from.registers().retention()) {
      if (!now.containsKey(o.id())) {
        add(
            Area.RETENTION,
            "Retention of "
                + retained(o, from)
                + ": "
                + Durations.inWords(o.period())
                + " (removed)");
      }
    }
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
        r -> r.name() + " (" + words(r.role().word()) + ", " + country(r.country()) + ")",
        (o, n) -> {
          List<String> what = new ArrayList<>();
          if (!o.name().equals(n.name())) what.add("name “" + o.name() + "” → “" + n.name() + "”");
          if (o.role() != n.role()) {
            what.add("role " + words(o.role().word()) + " → " + words(n.role().word()));
          }
          if (!o.country().equals(n.country())) {
            what.add("country " + country(o.country()) + " → " + country(n.country()));
          }
          if (!o.category().id().equals(n.category().id())) {
            what.add("category " + o.category().id() + " → " + n.category().id());
          }
          if (!o.service().equals(n.service())) what.add("service");
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
            Optional.ofNullable(names.get(t.recipient().id()))
                    .map(Recipient::name)
                    .orElse(t.recipient().id())
                + " to "
                + country(t.country())
                + " ("
                + words(t.safeguard().word())
                + ")",
        (o, n) -> {
          List<String> what = new ArrayList<>();
          if (o.safeguard() != n.safeguard()) {
            what.add(
                "safeguard " + words(o.safeguard().word()) + " → " + words(n.safeguard().word()));
          }
          if (!o.details().equals(n.details())) what.add("details");
          return what;
        });
  }

  private void rights() {
    compare(
        Area.RIGHTS,
        from.registers().rights(),
        to.registers().rights(),
        r -> r.right().word(),
        r -> "“" + r.label() + "” (" + words(r.right().word()) + ")",
        (o, n) ->
            o.label().equals(n.label())
                ? List.of()
                : List.of("wording “" + o.label() + "” → “" + n.label() + "”"));
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
        add(area, "Added: " + name.apply(n));
      } else {
        List<String> what = changed.apply(o, n);
        if (!what.isEmpty())
          add(area, "Changed: " + name.apply(n) + ": " + String.join("; ", what));
      }
    }
    for (T o : old) {
      if (!after.containsKey(key.apply(o))) add(area, "Removed: " + name.apply(o));
    }
  }

  private static void listDiff(List<String> into, String what, List<String> old, List<String> now) {
    List<String> added = now.stream().filter(x -> !old.contains(x)).toList();
    List<String> removed = old.stream().filter(x -> !now.contains(x)).toList();
    if (!added.isEmpty())
      into.add(what + (added.size() == 1 ? "" : "s") + " added " + listed(added));
    if (!removed.isEmpty()) {
      into.add(what + (removed.size() == 1 ? "" : "s") + " removed " + listed(removed));
    }
  }

  private static String listed(List<String> items) {
    return items.stream().map(s -> "“" + s + "”").reduce((a, b) -> a + ", " + b).orElse("none");
  }

  private static List<String> ids(List<Ref> refs) {
    return refs.stream().map(Ref::id).toList();
  }

  /** A word of the format in plain words: legitimate-interests → legitimate interests. */
  static String words(String word) {
    return word.replace('-', ' ');
  }

  /** The country's English name: US → United States. */
  public static String country(String code) {
    String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
    return name.isEmpty() || name.equals(code) ? code : name;
  }

  private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
    Map<String, T> m = new LinkedHashMap<>();
    for (T t : items) m.putIfAbsent(id.apply(t), t);
    return m;
  }
}
