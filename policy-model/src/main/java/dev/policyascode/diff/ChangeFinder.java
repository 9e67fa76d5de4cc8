package dev.policyascode.diff;

import dev.policyascode.diff.Change.Area;
import dev.policyascode.model.PolicyVersion;
import dev.policyascode.model.Ref;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * What finding the changes of one part of a pair of versions takes: the two versions, their
 * redlines, the words of the summary, and the list the lines go to; entries matched by key, and
 * lists compared item by item.
 */
abstract class ChangeFinder {

  final PolicyVersion from;
  final PolicyVersion to;
  final Redlines redlines;
  final Phrases say;
  private final List<Change> changes;

  ChangeFinder(
      PolicyVersion from, PolicyVersion to, Redlines redlines, Phrases say, List<Change> changes) {
    this.from = from;
    this.to = to;
    this.redlines = redlines;
    this.say = say;
    this.changes = changes;
  }

  void add(Area area, String text) {
    changes.add(new Change(area, text));
  }

  /** Entries matched by key: added, removed, and changed with what changed. */
  <T> void compare(
      Area area,
      List<T> old,
      List<T> now,
      Function<T, String> key,
      Function<T, String> name,
      BiFunction<T, T, List<String>> changed) {
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
  void listDiff(List<String> into, String what, List<String> old, List<String> now) {
    said(
        into,
        what,
        now.stream().filter(x -> !old.contains(x)).toList(),
        old.stream().filter(x -> !now.contains(x)).toList());
  }

  /**
   * The references added to and removed from a list, compared by id and shown by name: an added one
   * by its name in the newer version, a removed one by its name in the older.
   */
  void refDiff(
      List<String> into,
      String what,
      List<Ref> old,
      List<Ref> now,
      Map<String, String> oldNames,
      Map<String, String> newNames) {
    List<String> before = ids(old);
    List<String> after = ids(now);
    said(
        into,
        what,
        after.stream()
            .filter(x -> !before.contains(x))
            .map(x -> newNames.getOrDefault(x, x))
            .toList(),
        before.stream()
            .filter(x -> !after.contains(x))
            .map(x -> oldNames.getOrDefault(x, x))
            .toList());
  }

  private void said(List<String> into, String what, List<String> added, List<String> removed) {
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

  static List<String> ids(List<Ref> refs) {
    return refs.stream().map(Ref::id).toList();
  }

  static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
    Map<String, T> m = new LinkedHashMap<>();
    for (T t : items) m.putIfAbsent(id.apply(t), t);
    return m;
  }
}
