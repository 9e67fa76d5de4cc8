package dev.policyascode.lint.rules;

import dev.policyascode.diagnostics.Position;
import dev.policyascode.model.Definition;
import java.util.ArrayList;
import java.util.List;

/**
 * The names one term or alias stands for, and where a definition writes each: a finding about a
 * name points at the term or the alias that gives it, not at the definition's {@code - id:} line.
 */
final class TermNames {

  private TermNames() {}

  /**
   * The names a term or an alias, as written, stands for: itself, and the forms that one such as
   * 'Collaborator(s)' or 'Services/Solution' stands for.
   */
  static List<String> of(String written) {
    List<String> names = new ArrayList<>();
    String t = written.strip();
    names.add(t);
    if (t.endsWith("(s)")) {
      String stem = t.substring(0, t.length() - 3);
      names.add(stem);
      names.add(stem + "s");
    }
    if (t.contains("/")) {
      for (String part : t.split("/")) names.add(part.strip());
    }
    return names;
  }

  /** Where {@code name}, one of {@code TermForms.names(d)}, is written; the term when unsure. */
  static Position at(Definition d, String name) {
    if (gives(d.term(), name)) return d.at("term");
    for (int i = 0; i < d.aliases().size(); i++) {
      if (gives(d.aliases().get(i), name)) return d.at("aliases", i);
    }
    return d.at("term");
  }

  private static boolean gives(String written, String name) {
    return of(written).stream().anyMatch(n -> n.equalsIgnoreCase(name.strip()));
  }
}
