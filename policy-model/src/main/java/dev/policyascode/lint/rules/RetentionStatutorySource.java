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

  static final Pattern NAMES_A_LAW =
      Pattern.compile(
          "(?i)\\b(?:law|act|code|decree|décret|article|art\\.|regulation|loi|directive"
              + "|ordinance|ordonnance|statute|statutory)\\b");

  /**
   * "As the law requires", "required by law", "applicable laws": the word law with nothing that
   * says which one (no "of", number or date after it), so it names no law.
   */
  static final Pattern UNNAMED_LAW =
      Pattern.compile(
          "(?i)\\b(?:the|by|applicable|relevant|legal)\\s+laws?\\b(?!\\s*(?:of\\b|n°|no\\.|number\\b|\\d))");

  /** Whether the text names a law, once the generic mentions of "the law" are taken out. */
  static boolean namesALaw(String text) {
    return NAMES_A_LAW.matcher(UNNAMED_LAW.matcher(text).replaceAll(" ")).find();
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
