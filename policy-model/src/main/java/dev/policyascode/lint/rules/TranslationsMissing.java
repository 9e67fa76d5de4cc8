package dev.policyascode.lint.rules;

import dev.policyascode.diagnostics.Finding;
import dev.policyascode.diagnostics.RuleMeta;
import dev.policyascode.diagnostics.Severity;
import dev.policyascode.lint.api.AbstractRule;
import dev.policyascode.lint.api.PolicyContext;
import dev.policyascode.model.Policy;
import dev.policyascode.model.PolicyVersion;
import dev.policyascode.model.TranslatedText;
import dev.policyascode.model.Translation;
import dev.policyascode.translate.SourceText;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Every language says everything the source says, and nothing else: a source text with no
 * translation, a translated text the source no longer has, a text not yet marked translated, or a
 * version left without the translation that an earlier version has. A reader of one language would
 * otherwise be told less, or other things, than a reader of another.
 */
public final class TranslationsMissing extends AbstractRule {

  public static final RuleMeta META =
      new RuleMeta(
          "translations-missing",
          "translations",
          Severity.ERROR,
          "A text, section or definition present in one language and missing in another",
          "GDPR Art. 12(1): the information is given to every reader in a clear and plain"
              + " language; a translation that leaves a part out does not give it");

  public TranslationsMissing() {
    super(META);
  }

  @Override
  public void checkPolicy(PolicyContext context, Consumer<Finding> report) {
    Policy policy = context.policy();
    missingFiles(policy, report);
    for (TranslationPairs.Pair p : TranslationPairs.of(policy)) {
      Translation t = p.translation();
      String language = TranslationPairs.name(t.language());
      Set<String> seen = new HashSet<>();
      for (TranslatedText text : t.texts()) {
        if (!seen.add(text.key())) continue; // twice: schema-duplicate-key's to say, by key only
        SourceText source = p.sources().get(text.key());
        if (source == null) {
          report.accept(
              TranslationPairs.graded(
                  Finding.of(
                      META,
                      text.at("key"),
                      "version "
                          + p.version().id()
                          + " has no text "
                          + text.key()
                          + " to translate; remove this text, or correct its key"),
                  t));
        } else if (text.source().isEmpty()) {
          report.accept(
              TranslationPairs.graded(
                  Finding.of(
                      META,
                      text.at("key"),
                      "the "
                          + language
                          + " text of "
                          + source.owner()
                          + " is not marked translated yet; once it is, run mvn policy:translate"
                          + " -Dpolicy.translated="
                          + text.key()
                          + " to record what it was translated from"),
                  t));
        }
      }
      for (SourceText source : p.sources().values()) {
        if (seen.contains(source.key())) continue;
        report.accept(
            TranslationPairs.graded(
                Finding.of(
                    META,
                    t.at("texts"),
                    "the "
                        + language
                        + " translation has no text for "
                        + source.key()
                        + " ("
                        + source.owner()
                        + "); add it: mvn policy:translate adds every missing text"),
                t));
      }
    }
  }

  /**
   * A language applies from the first version translated into it (older versions were published in
   * fewer languages); a listed language no version is translated into applies to the newest.
   */
  private static void missingFiles(Policy policy, Consumer<Finding> report) {
    if (policy.versions().isEmpty()) return;
    for (String language :
        policy
            .languages()
            .subList(Math.min(1, policy.languages().size()), policy.languages().size())) {
      boolean applies = false;
      for (PolicyVersion v : policy.versions()) {
        boolean has = policy.translation(v.id(), language).isPresent();
        boolean newest = v == policy.versions().get(policy.versions().size() - 1);
        applies = applies || has;
        if (has || !(applies || newest)) continue;
        Finding f =
            Finding.of(
                META,
                v.at("version"),
                "version "
                    + v.id()
                    + " has no "
                    + TranslationPairs.name(language)
                    + " translation, which policy.yaml lists among its languages; start it with"
                    + " mvn policy:translate -Dpolicy.version="
                    + v.id()
                    + " -Dpolicy.language="
                    + language);
        report.accept(v.isPublished() ? f : f.withSeverity(Severity.WARNING));
      }
    }
  }
}
