package dev.policyascode.lint.rules;

import dev.policyascode.diagnostics.Finding;
import dev.policyascode.diagnostics.RuleMeta;
import dev.policyascode.diagnostics.Severity;
import dev.policyascode.lint.api.AbstractRule;
import dev.policyascode.lint.api.VersionContext;
import dev.policyascode.model.Prose;
import dev.policyascode.model.Section;
import dev.policyascode.text.Readability;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A section whose reading-ease score, by the formula of the policy's language ({@link
 * Readability}), is in the band of texts written for graduates: the notice must be understood by
 * the average member of its audience (Art. 12(1); WP260 rev.01, para. 9). The compliance matrix
 * shows every section's score; this rule names the ones under {@link #FLOOR}.
 */
public final class PlainReadability extends AbstractRule {

  public static final RuleMeta META =
      new RuleMeta(
          "plain-readability",
          "plain",
          Severity.INFO,
          "A section whose reading-ease score is in the 'very difficult' band",
          "Art. 12(1) (intelligible, clear and plain language); WP260 rev.01, para. 9: understood"
              + " by an average member of the intended audience");

  /**
   * Under 30 is Flesch's "very difficult" band, the reading of a graduate; Amstad's is the same.
   */
  public static final int FLOOR = 30;

  /** Flesch built his formula on samples of 100 words: a shorter section's score is noise. */
  public static final int MIN_WORDS = 100;

  public PlainReadability() {
    super(META);
  }

  /** The memo's kind for a language, one object per language so that look-ups compare it fast. */
  private static final java.util.Map<String, Object> KINDS =
      new java.util.concurrent.ConcurrentHashMap<>();

  private static Object kind(String language) {
    return KINDS.computeIfAbsent(
        language, l -> dev.policyascode.lint.api.TextMemo.kind(PlainReadability.class, l));
  }

  @Override
  public void check(VersionContext context, Consumer<Finding> report) {
    String language = context.policy().language();
    for (Section section : context.version().allSections()) {
      if (section.body().isEmpty()) continue;
      Prose body = section.body().get();
      // a score depends on the text and the language alone: worked out once per lint run for all
      // the versions that share the body
      Optional<Readability> r =
          context.perText(
              kind(language),
              body,
              t -> Readability.of(PlainStatements.read(context, body), language));
      if (r.isEmpty() || r.get().words() < MIN_WORDS || r.get().shown() >= FLOOR) continue;
      Readability x = r.get();
      String number = context.numbering().number(section.id()).map(n -> n + " ").orElse("");
      report.accept(
          Finding.of(
              META,
              body.at(),
              String.format(
                  Locale.ROOT,
                  "Section %s'%s' scores %d on the %s scale, under %d: very difficult, a"
                      + " graduate's reading (%.0f words a sentence, %.2f syllables a word);"
                      + " shorter sentences and everyday words make it easier",
                  number,
                  section.title(),
                  x.shown(),
                  x.formula(),
                  FLOOR,
                  x.wordsPerSentence(),
                  x.syllablesPerWord())));
    }
  }
}
