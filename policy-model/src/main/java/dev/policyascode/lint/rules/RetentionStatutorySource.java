package dev.policyascode.lint.rules;

import dev.policyascode.diagnostics.Finding;
import dev.policyascode.diagnostics.RuleMeta;
import dev.policyascode.diagnostics.Severity;
import dev.policyascode.lint.api.AbstractRule;
import dev.policyascode.lint.api.VersionContext;
import dev.policyascode.model.*;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Data kept because the law says so: the retention statement should name that law, so that people
 * (and the DPO, when the law changes) can check the period.
 */
public final class RetentionStatutorySource extends AbstractRule {

  public static final RuleMeta META =
      new RuleMeta(
          "retention-statutory-source",
          "retention",
          Severity.WARNING,
          "A retention period imposed by law whose statement names no law",
          "Art. 6(3) and Art. 13(1)(c), 13(2)(a); Article 29 Working Party, Guidelines on"
              + " transparency (WP260 rev.01), Annex");

  public RetentionStatutorySource() {
    super(META);
  }

  /** The words for a law or a code, in the languages policies are written in. */
  static final Pattern NAMES_A_LAW =
      Pattern.compile(
          "(?i)\\b(?:law|act|code|decree|décret|article|regulation|loi|directive"
              + "|ordinance|ordonnance|statute|statutory|código|codice|ley|legge|lei|wet|wetboek"
              + "|verordnung)\\b"
              + "|(?i)\\b(?:art|sec|ss?)\\.\\s*[LRD]?\\.?\\s*\\d");

  /**
   * A citation by its form rather than by a word for law: the section sign ("§ 257 HGB", "§§ 147,
   * 148 AO"), an article of a French code ("L. 123-22", "R123-4"), the abbreviation of a statute
   * after its number ("147 AO", "Art. 6 Abs. 1 DSGVO", "2220 c.c."), or a German statute written as
   * one word ("Handelsgesetzbuch", "Abgabenordnung"; not "gesetzlich", which names none). Case
   * matters: "10 years" is not a statute, "10 AO" is; an abbreviation ends in a capital.
   */
  static final Pattern CITATION =
      Pattern.compile(
          "§\\s*\\d"
              + "|(?<![\\p{L}\\p{N}])[LRD]\\.?\\s?\\d+(?:-\\d+)+"
              + "|\\d+[a-z]?(?:\\s+(?:Abs|Nr|S|para|al)\\.\\s*\\d+[a-z]?)*\\s+"
              + "(?:[A-ZÄÖÜ][A-Za-zÄÖÜäöü]{0,6}[A-ZÄÖÜ]|c\\.\\s?c\\.|C\\.\\s?com\\.)(?![\\p{L}])"
              + "|\\p{L}+(?:gesetz|gesetzbuch|ordnung)\\b");

  /**
   * "As the law requires", "required by law", "applicable laws": the word law with nothing that
   * says which one (no "of", number or date after it), so it names no law.
   */
  static final Pattern UNNAMED_LAW =
      Pattern.compile(
          "(?i)\\b(?:the|by|applicable|relevant|legal)\\s+laws?\\b(?!\\s*(?:of\\b|n°|no\\.|number\\b|\\d))");

  /** Whether the text names a law, once the generic mentions of "the law" are taken out. */
  static boolean namesALaw(String text) {
    String named = UNNAMED_LAW.matcher(text).replaceAll(" ");
    return NAMES_A_LAW.matcher(named).find() || CITATION.matcher(named).find();
  }

  @Override
  public void check(VersionContext context, Consumer<Finding> report) {
    Registers r = context.version().registers();
    for (Activity a : r.activities()) {
      if (a.legalBasis() != LegalBasis.LEGAL_OBLIGATION || a.retention().isEmpty()) continue;
      boolean named =
          a.retention().stream()
              .flatMap(ref -> r.retention().stream().filter(x -> x.id().equals(ref.id())))
              .anyMatch(x -> namesALaw(x.statement().text()));
      if (named) continue;
      report.accept(
          Finding.of(
              META,
              a.at("legal_basis"),
              "the activity '"
                  + a.id()
                  + "' keeps data because the law requires it, but its retention statement names no"
                  + " law; name the law or decree that sets the period, so that it can be checked"
                  + " and updated when the law changes"));
    }
  }
}
