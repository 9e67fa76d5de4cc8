package dev.policyascode.lint.rules;

import dev.policyascode.diagnostics.Finding;
import dev.policyascode.diagnostics.RuleMeta;
import dev.policyascode.diagnostics.Severity;
import dev.policyascode.lint.api.AbstractRule;
import dev.policyascode.lint.api.PolicyContext;
import dev.policyascode.model.Policy;
import dev.policyascode.model.PolicyVersion;
import dev.policyascode.model.TranslatedText;
import dev.policyascode.translate.SourceText;
import dev.policyascode.translate.SourceTexts;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A translated text made from a source text that has changed since: its recorded fingerprint is not
 * the source text's. An error in a published translation, a warning in a draft one. When an earlier
 * version holds the text it was made from, the message shows what changed in the source.
 */
public final class TranslationsStale extends AbstractRule {

  public static final RuleMeta META =
      new RuleMeta(
          "translations-stale",
          "translations",
          Severity.ERROR,
          "A translated text whose source text changed after it was translated",
          "GDPR Art. 12(1) and Art. 13: every language version tells the reader the same"
              + " information; a translation of an older wording tells another");

  public TranslationsStale() {
    super(META);
  }

  @Override
  public void checkPolicy(PolicyContext context, Consumer<Finding> report) {
    Policy policy = context.policy();
    for (TranslationPairs.Pair p : TranslationPairs.of(policy)) {
      for (TranslatedText text : p.translation().texts()) {
        SourceText source = p.sources().get(text.key());
        if (source == null || text.source().isEmpty()) continue; // translations-missing's
        String recorded = text.source().get();
        if (recorded.equals(source.fingerprint())) continue;
        String what =
            earlier(policy, p.version(), text.key(), recorded)
                .map(
                    old ->
                        " Since then, in the source: "
                            + SourceChange.describe(old, source.text())
                            + ".")
                .orElse(
                    " The text it was made from is in no other version, so what changed is not known.");
        report.accept(
            TranslationPairs.graded(
                Finding.of(
                    META,
                    text.at("source"),
                    "the "
                        + TranslationPairs.name(p.translation().language())
                        + " text of "
                        + source.owner()
                        + " was translated from an earlier wording of the source text."
                        + what
                        + " Update the translation, then run mvn policy:translate"
                        + " -Dpolicy.translated="
                        + text.key()),
                p.translation()));
      }
    }
  }

  /** The text under {@code key} in another version whose fingerprint is {@code fingerprint}. */
  private static Optional<String> earlier(
      Policy policy, PolicyVersion now, String key, String fingerprint) {
    for (int i = policy.versions().size() - 1; i >= 0; i--) {
      PolicyVersion v = policy.versions().get(i);
      if (v == now) continue;
      SourceText s = SourceTexts.of(v).get(key);
      if (s != null && s.fingerprint().equals(fingerprint)) return Optional.of(s.text());
    }
    return Optional.empty();
  }
}
