package dev.policyascode.lint.rules;

import dev.policyascode.diagnostics.Position;
import dev.policyascode.model.Definition;

/**
 * Where a definition writes one of its names: its term, or the alias that gives the name, so that a
 * finding about a name points at it rather than at the definition's {@code - id:} line.
 */
final class TermPlaces {

  private TermPlaces() {}

  /** Where {@code name}, one of {@code TermIndex.names(d)}, is written; the term when unsure. */
  static Position of(Definition d, String name) {
    if (gives(d.term(), name)) return d.at("term");
    for (int i = 0; i < d.aliases().size(); i++) {
      if (gives(d.aliases().get(i), name)) return d.at("aliases", i);
    }
    return d.at("term");
  }

  private static boolean gives(String written, String name) {
    return TermIndex.namesOf(written).stream().anyMatch(n -> n.equalsIgnoreCase(name.strip()));
  }
}
