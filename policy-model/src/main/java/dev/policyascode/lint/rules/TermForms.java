package dev.policyascode.lint.rules;

import dev.policyascode.model.Definition;
import java.util.ArrayList;
import java.util.List;

/**
 * The forms a term takes in running text: the names a definition gives it, with or without a
 * possessive, singular or plural. The term rules compare words through these forms, so that
 * 'Users'' is the defined 'User'.
 */
final class TermForms {

  private TermForms() {}

  /**
   * The names one definition gives its term: the term, its aliases, and the forms a term such as
   * 'Collaborator(s)' or 'Services/Solution' stands for.
   */
  static List<String> names(Definition d) {
    List<String> names = new ArrayList<>();
    for (String n : concat(d.term(), d.aliases())) names.addAll(TermNames.of(n));
    return names.stream().filter(n -> !n.isEmpty()).distinct().toList();
  }

  private static List<String> concat(String first, List<String> rest) {
    List<String> all = new ArrayList<>();
    all.add(first);
    all.addAll(rest);
    return all;
  }

  /** The phrase as written, without a possessive, and in the other grammatical number. */
  static List<String> forms(String phrase) {
    String p = withoutPossessive(phrase);
    List<String> forms = new ArrayList<>(List.of(phrase, p));
    if (p.endsWith("ies")) forms.add(p.substring(0, p.length() - 3) + "y");
    if (p.endsWith("es")) forms.add(p.substring(0, p.length() - 2));
    if (p.endsWith("s")) forms.add(p.substring(0, p.length() - 1));
    else forms.add(p + "s");
    return forms;
  }

  static boolean allowedWord(String w) {
    String bare = withoutPossessive(w);
    if (bare.length() < 2) return true;
    if (TermWords.ALLOWED.contains(bare)) return true;
    // an acronym or a brand written in camel case: two capitals or more (GDPR, SaaS, iOS)
    long capitals = bare.chars().filter(Character::isUpperCase).count();
    if (capitals >= 2) return true;
    // a word with a digit is a model or a version (“Firefox 57”), not a term
    return bare.chars().anyMatch(Character::isDigit);
  }

  /** 'Company’s' and 'Users’' without their possessive ending: ’s, 's, ’ or '. */
  private static String withoutPossessive(String w) {
    String s = withoutS(w);
    if (!s.equals(w)) return s;
    return w.endsWith("’") || w.endsWith("'") ? w.substring(0, w.length() - 1) : w;
  }

  /** 'Company’s' without its ’s or 's. */
  static String withoutS(String w) {
    return w.endsWith("’s") || w.endsWith("'s") ? w.substring(0, w.length() - 2) : w;
  }
}
