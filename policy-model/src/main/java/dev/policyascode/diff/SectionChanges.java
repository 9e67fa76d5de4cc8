package dev.policyascode.diff;

import dev.policyascode.diff.Change.Area;
import dev.policyascode.model.PolicyVersion;
import dev.policyascode.model.Section;
import dev.policyascode.text.Numbering;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The changes to the sections, matched by id: added, removed, moved, renumbered, retitled, text
 * changed. Numbers are each version's own, from its one {@link Numbering}.
 */
final class SectionChanges extends ChangeFinder {

  private final Numbering before;
  private final Numbering after;

  SectionChanges(
      PolicyVersion from, PolicyVersion to, Redlines redlines, Phrases say, List<Change> changes) {
    super(from, to, redlines, say, changes);
    this.before = Numbering.of(from);
    this.after = Numbering.of(to);
  }

  void find() {
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
      if (redlines.changed(body(o), body(s))) {
        int words = redlines.of(body(o), body(s)).changedWords();
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
}
