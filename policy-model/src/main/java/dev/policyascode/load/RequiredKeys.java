package dev.policyascode.load;

import dev.policyascode.diagnostics.Finding;
import dev.policyascode.diagnostics.Position;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Checks that a mapping writes the keys it must: each required key, and one, and only one, of its
 * {@link Type.Obj#exactlyOne()} keys (a transfer goes to a country or to an international
 * organisation, never to neither or both).
 */
final class RequiredKeys {

  private RequiredKeys() {}

  /**
   * @param keyAt the keys written, in order, with their places
   * @param describe the mapping as a message names it, such as "a transfer"; only asked for a
   *     message
   * @return whether the mapping is right
   */
  static boolean check(
      Type.Obj type,
      Map<String, Position> keyAt,
      Position at,
      Supplier<String> describe,
      Consumer<Finding> report) {
    boolean complete = true;
    for (Type.Field f : type.fields()) {
      if (f.required() && !keyAt.containsKey(f.key())) {
        report.accept(
            Finding.of(
                LoadRules.MISSING_KEY,
                at,
                describe.get() + " has no '" + f.key() + "'; add it: " + f.description()));
        complete = false;
      }
    }
    return exactlyOne(type, keyAt, at, describe, report) && complete;
  }

  private static boolean exactlyOne(
      Type.Obj type,
      Map<String, Position> keyAt,
      Position at,
      Supplier<String> describe,
      Consumer<Finding> report) {
    List<String> keys = type.exactlyOne();
    if (keys.isEmpty()) return true;
    List<String> written = keyAt.keySet().stream().filter(keys::contains).toList();
    if (written.size() == 1) return true;
    if (written.isEmpty()) {
      report.accept(
          Finding.of(
              LoadRules.MISSING_KEY,
              at,
              describe.get()
                  + " has neither "
                  + String.join(" nor ", keys.stream().map(k -> "'" + k + "'").toList())
                  + "; add one of them: "
                  + String.join(
                      " Or ",
                      keys.stream()
                          .map(k -> "'" + k + "': " + type.field(k).orElseThrow().description())
                          .toList())));
    } else {
      report.accept(
          Finding.of(
              LoadRules.DUPLICATE_KEY,
              keyAt.get(written.get(1)),
              describe.get()
                  + " has both "
                  + quoted(written)
                  + ", but only one may be written; keep the one that says where the data goes"
                  + " and remove the other"));
    }
    return false;
  }

  private static String quoted(List<String> keys) {
    return String.join(" and ", keys.stream().map(k -> "'" + k + "'").toList());
  }
}
