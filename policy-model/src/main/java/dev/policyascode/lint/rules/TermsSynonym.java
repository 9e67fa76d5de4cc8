package dev.policyascode.lint.rules;

import dev.policyascode.diagnostics.Finding;
import dev.policyascode.diagnostics.RuleMeta;
import dev.policyascode.diagnostics.Severity;
import dev.policyascode.lint.api.AbstractRule;
import dev.policyascode.lint.api.VersionContext;
import dev.policyascode.model.*;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Two names for one thing: two definitions whose terms differ only in number or article ('User' and
 * 'Users'); one definition whose names are different words and the text uses both ('Site' and
 * 'Website'); or a capitalised part of a defined term used on its own ('Site' where 'Website' is
 * defined).
 */
public final class TermsSynonym extends AbstractRule {

  public static final RuleMeta META =
      new RuleMeta(
          "terms-synonym",
          "terms",
          Severity.WARNING,
          "Two names for one defined thing",
          "Art. 12(1) GDPR: information in a transparent, intelligible form, in clear and plain"
              + " language");

  public TermsSynonym() {
    super(META);
  }

  @Override
  public void check(VersionContext context, Consumer<Finding> report) {
    List<Definition> defs = context.version().registers().definitions();
    nearDuplicates(defs, report);
    List<String> texts = new ArrayList<>();
    context.version().texts().forEach(p -> texts.add(context.words(p).words()));
    context.version().allSections().forEach(s -> texts.add(s.title()));
    // by the definition's place in the list
    Map<Integer, List<String>> names = new LinkedHashMap<>();
    for (int i = 0; i < defs.size(); i++) {
      List<String> own = ownNames(defs.get(i));
      // one name, or names that differ only in number or article: never two names for one thing
      if (own.stream().map(TermsSynonym::key).distinct().count() > 1) names.put(i, own);
    }
    Map<Integer, List<String>> where = textsHolding(names, texts);
    names.forEach((i, own) -> twoNamesUsed(defs.get(i), own, where.get(i), report));
    Set<String> reported = new HashSet<>();
    for (TermIndex.Use use : TermIndex.of(context).uses()) {
      if (use.kind() != TermIndex.Kind.VARIANT || !reported.add(use.text())) continue;
      boolean respelled = TermIndex.spelling(use.text()).equals(TermIndex.spelling(use.related()));
      report.accept(
          Finding.of(
              META,
              use.prose().at(use.offset(), use.text().length()),
              "'"
                  + use.text()
                  + (respelled
                      ? "' spells the defined term '" + use.related() + "' another way"
                      : "' reads as a short name for the defined term '" + use.related() + "'")
                  + "; write '"
                  + use.related()
                  + "', or add '"
                  + use.text()
                  + "' to the definition's aliases if both are meant to name the same thing"));
    }
  }

  /** Definitions whose terms differ only by a plural or an article. */
  private static void nearDuplicates(List<Definition> defs, Consumer<Finding> report) {
    Map<String, Definition> seen = new LinkedHashMap<>();
    for (Definition d : defs) {
      Set<String> exact = new HashSet<>();
      TermForms.names(d).forEach(n -> exact.add(n.toLowerCase(Locale.ROOT)));
      for (String name : TermForms.names(d)) {
        String key = key(name);
        Definition earlier = seen.get(key);
        if (earlier != null && !earlier.id().equals(d.id())) {
          boolean sameSpelling =
              TermForms.names(earlier).stream()
                  .anyMatch(n -> exact.contains(n.toLowerCase(Locale.ROOT)));
          // the same spelling is terms-duplicate's finding
          if (!sameSpelling) {
            report.accept(
                Finding.of(
                    META,
                    d.at("term"),
                    "the term '"
                        + d.term()
                        + "' differs from '"
                        + earlier.term()
                        + "' (line "
                        + earlier.at("term").line()
                        + ") only in number or article, so two definitions name one thing;"
                        + " keep one definition and make the other form an alias"));
          }
          break;
        }
      }
      TermForms.names(d).forEach(n -> seen.putIfAbsent(key(n), d));
    }
  }

  /** Lower case, no leading article, singular. */
  private static String key(String name) {
    String k = name.toLowerCase(Locale.ROOT).replaceFirst("^(the|a|an)\\s+", "");
    if (k.endsWith("ies")) return k.substring(0, k.length() - 3) + "y";
    if (k.endsWith("s")) return k.substring(0, k.length() - 1);
    return k;
  }

  /** The names of a definition that are words, longest first. */
  private static List<String> ownNames(Definition d) {
    return TermForms.names(d).stream()
        .filter(n -> !n.contains("/") && !n.contains("("))
        .sorted(java.util.Comparator.comparingInt(String::length).reversed())
        .toList();
  }

  /**
   * For each definition of {@code names}, by its place, the texts that hold one of its names as
   * whole words, in the order of {@code texts}: the only texts {@link #twoNamesUsed} can find a
   * name in. All names are looked for in one pass over each text, not one pass per definition.
   */
  private static Map<Integer, List<String>> textsHolding(
      Map<Integer, List<String>> names, List<String> texts) {
    Map<String, Integer> numbers = new LinkedHashMap<>();
    names.values().forEach(l -> l.forEach(n -> numbers.computeIfAbsent(n, x -> numbers.size())));
    List<java.util.BitSet> textsOf = new ArrayList<>();
    numbers.forEach((n, i) -> textsOf.add(new java.util.BitSet()));
    if (!numbers.isEmpty()) {
      PhraseScanner scanner = new PhraseScanner(new ArrayList<>(numbers.keySet()));
      for (int i = 0; i < texts.size(); i++) {
        int text = i;
        scanner.scan(texts.get(i), p -> textsOf.get(p).set(text));
      }
    }
    Map<Integer, List<String>> result = new LinkedHashMap<>();
    names.forEach(
        (i, own) -> {
          java.util.BitSet any = new java.util.BitSet();
          own.forEach(n -> any.or(textsOf.get(numbers.get(n))));
          result.put(i, any.stream().mapToObj(texts::get).toList());
        });
    return result;
  }

  /**
   * A definition that gives different words as names, when the text uses more than one. Longer
   * names are matched first and blanked, so that 'Data' inside 'Personal Data' is no use of 'Data'.
   */
  private static void twoNamesUsed(
      Definition d, List<String> names, List<String> texts, Consumer<Finding> report) {
    List<String> left = new ArrayList<>(texts);
    Map<String, String> usedByKey = new LinkedHashMap<>();
    for (String name : names) {
      Pattern word =
          Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}])");
      for (int i = 0; i < left.size(); i++) {
        // the pattern matches the name literally: a text without it needs no regex
        if (!left.get(i).contains(name)) continue;
        java.util.regex.Matcher m = word.matcher(left.get(i));
        if (!m.find()) continue;
        usedByKey.putIfAbsent(key(name), name);
        left.set(i, m.replaceAll(r -> " ".repeat(r.group().length())));
      }
    }
    if (usedByKey.size() < 2) return;
    List<String> used = List.copyOf(usedByKey.values());
    report.accept(
        Finding.of(
            META,
            d.at("term"),
            "the definition '"
                + d.term()
                + "' gives one thing "
                + used.size()
                + " names and the text uses each of them ('"
                + String.join("', '", used)
                + "'); choose one and use it throughout"));
  }
}
