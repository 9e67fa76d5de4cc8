package dev.policyascode.lint.rules;

import dev.policyascode.diagnostics.Finding;
import dev.policyascode.diagnostics.RuleMeta;
import dev.policyascode.diagnostics.Severity;
import dev.policyascode.lint.api.AbstractRule;
import dev.policyascode.lint.api.VersionContext;
import dev.policyascode.model.Prose;
import dev.policyascode.text.ReadingText;
import java.util.function.Consumer;

/**
 * A sentence longer than the reader can hold at once. Plain-English guides ask for an average of 15
 * to 20 words a sentence (M. Cutts, Oxford Guide to Plain English); {@link #DEFAULT_WORDS} is twice
 * the top of that, so that only the sentences no editor would keep are reported. Projects set their
 * own limit with the plugin's {@code plainSentenceWords}.
 */
public final class PlainLongSentence extends AbstractRule {

  public static final RuleMeta META =
      new RuleMeta(
          "plain-long-sentence",
          "plain",
          Severity.INFO,
          "A sentence of more words than the configured limit (40 by default)",
          "Art. 12(1) (concise, intelligible, clear and plain language); WP260 rev.01, para. 8-9");

  public static final int DEFAULT_WORDS = 40;

  private final int maxWords;

  public PlainLongSentence() {
    this(DEFAULT_WORDS);
  }

  /**
   * @param maxWords the longest sentence not reported, at least 10
   * @throws IllegalArgumentException for a limit under 10, which would report every sentence
   */
  public PlainLongSentence(int maxWords) {
    super(META);
    if (maxWords < 10) {
      throw new IllegalArgumentException(
          "The longest sentence allowed must be at least 10 words, not " + maxWords + ".");
    }
    this.maxWords = maxWords;
  }

  public int maxWords() {
    return maxWords;
  }

  @Override
  public void check(VersionContext context, Consumer<Finding> report) {
    for (Prose prose : PlainStatements.of(context)) {
      for (ReadingText.Sentence s : PlainStatements.read(context, prose).sentences()) {
        int n = s.words().size();
        if (n <= maxWords) continue;
        ReadingText.Word first = s.words().get(0);
        report.accept(
            Finding.of(
                META,
                prose.at(first.start(), first.text().length()),
                "A sentence of "
                    + n
                    + " words (more than "
                    + maxWords
                    + ") starting '"
                    + opening(s)
                    + "': split it, or make its parts a list"));
      }
    }
  }

  /** Its first five words, so that the sentence is found in the page. */
  private static String opening(ReadingText.Sentence s) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < Math.min(5, s.words().size()); i++) {
      if (i > 0) b.append(' ');
      b.append(s.words().get(i).text());
    }
    return b.append(s.words().size() > 5 ? "…" : "").toString();
  }
}
