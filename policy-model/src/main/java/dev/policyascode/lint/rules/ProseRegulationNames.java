package dev.policyascode.lint.rules;

import dev.policyascode.diagnostics.Finding;
import dev.policyascode.diagnostics.Position;
import dev.policyascode.diagnostics.RuleMeta;
import dev.policyascode.diagnostics.Severity;
import dev.policyascode.lint.api.AbstractRule;
import dev.policyascode.lint.api.VersionContext;
import dev.policyascode.model.*;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One regulation under two abbreviations: 'GDPR' in one place, 'RGPD' or 'DSGVO' in another, or an
 * abbreviation introduced in brackets after the Regulation's name that differs from the one used
 * later. The long form beside one abbreviation is fine: 'the General Data Protection Regulation
 * (GDPR)' introduces 'GDPR'.
 */
public final class ProseRegulationNames extends AbstractRule {

  public static final RuleMeta META =
      new RuleMeta(
          "prose-regulation-names",
          "prose",
          Severity.WARNING,
          "One regulation called by two abbreviations",
          "Art. 12(1) GDPR: information in clear and plain language");

  public ProseRegulationNames() {
    super(META);
  }

  /** The GDPR's abbreviation in the EU's languages as policies use them. */
  private static final Pattern KNOWN =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}])(?<!UK )(GDPR|RGPD|DSGVO|RGPDP|GDPR-EU)(?![\\p{L}\\p{N}])");

  /** An abbreviation in brackets right after the Regulation's name, number or date. */
  private static final Pattern INTRODUCED =
      Pattern.compile(
          "(?i:2016/679|general data protection regulation|règlement général sur la protection"
              + " des données|datenschutz-grundverordnung)[^()\\n]{0,60}\\((\\p{Lu}{3,6})\\)");

  /**
   * Whether {@link #KNOWN} can match: every name it knows contains GDPR, RGPD or DSGVO as written
   * (it is case-sensitive). Asking first is cheaper than trying the pattern at every character of
   * every text of every version, which most texts fail (issue 18).
   */
  private static boolean mayName(String words) {
    return words.contains("GDPR") || words.contains("RGPD") || words.contains("DSGVO");
  }

  /**
   * Whether {@link #INTRODUCED} can match: it needs a bracket and one of its names of the
   * Regulation, which it reads ignoring ASCII case; lower-casing the whole text keeps every such
   * match, so a text that fails here cannot match.
   */
  private static boolean mayIntroduce(String words) {
    if (words.indexOf('(') < 0) return false;
    if (words.contains("2016/679")) return true;
    String lower = words.toLowerCase(java.util.Locale.ROOT);
    return lower.contains("general data protection regulation")
        || lower.contains("règlement général sur la protection des données")
        || lower.contains("datenschutz-grundverordnung");
  }

  @Override
  public void check(VersionContext context, Consumer<Finding> report) {
    // each abbreviation with where it is first written, in reading order
    Map<String, Position> first = new LinkedHashMap<>();
    for (Prose prose : context.allTexts()) {
      String words = context.scan(prose).words();
      Map<Integer, String> found = new java.util.TreeMap<>();
      if (mayName(words)) {
        Matcher k = KNOWN.matcher(words);
        while (k.find()) found.put(k.start(), k.group(1));
      }
      if (mayIntroduce(words)) {
        Matcher i = INTRODUCED.matcher(words);
        while (i.find()) found.put(i.start(1), i.group(1));
      }
      for (var e : found.entrySet()) {
        first.putIfAbsent(e.getValue(), prose.at(e.getKey(), e.getValue().length()));
      }
    }
    if (first.size() < 2) return;
    var names = first.keySet().stream().toList();
    String name = names.get(0);
    for (String other : names.subList(1, names.size())) {
      report.accept(
          Finding.of(
              META,
              first.get(other),
              "the GDPR is called '"
                  + other
                  + "' here and '"
                  + name
                  + "' at line "
                  + first.get(name).line()
                  + "; use one abbreviation throughout"
                  + ("GDPR".equals(other) || "GDPR".equals(name)
                      ? ""
                      : ", such as GDPR in English")));
    }
  }
}
