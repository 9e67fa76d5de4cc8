package dev.policyascode.text;

import java.util.Optional;

/**
 * The reading-ease score of a text by the established formula of its language, each on the scale of
 * Flesch's (0 very hard to 100 very easy; 30 and under is read by graduates):
 *
 * <ul>
 *   <li>English: Flesch reading ease (R. Flesch, "A new readability yardstick", Journal of Applied
 *       Psychology 32(3), 1948): 206.835 - 1.015 × words per sentence - 84.6 × syllables per word;
 *   <li>French: Kandel and Moles' adaptation (L. Kandel, A. Moles, "Application de l'indice de
 *       Flesch à la langue française", Cahiers Études de Radio-Télévision 19, 1958): 207 - 1.015 ×
 *       words per sentence - 73.6 × syllables per word;
 *   <li>German: Amstad's adaptation (T. Amstad, "Wie verständlich sind unsere Zeitungen?", Zurich,
 *       1978): 180 - words per sentence - 58.5 × syllables per word.
 * </ul>
 *
 * Other languages have no score: a formula made for one language says little about another.
 */
public record Readability(String formula, double score, int words, int sentences, int syllables) {

  /** The formula's name for {@code language}, or empty when the language has none here. */
  public static Optional<String> formulaFor(String language) {
    return switch (language) {
      case "en" -> Optional.of("Flesch reading ease");
      case "fr" -> Optional.of("Kandel & Moles");
      case "de" -> Optional.of("Amstad (Flesch for German)");
      default -> Optional.empty();
    };
  }

  /** The score of {@code text}, or empty for a language with no formula or a text with no words. */
  public static Optional<Readability> of(ReadingText text, String language) {
    Optional<String> formula = formulaFor(language);
    int words = text.wordCount();
    int sentences = text.sentences().size();
    if (formula.isEmpty() || words == 0) return Optional.empty();
    int syllables = 0;
    for (ReadingText.Sentence s : text.sentences()) {
      for (ReadingText.Word w : s.words()) syllables += Syllables.count(w.text(), language);
    }
    double perSentence = (double) words / sentences;
    double perWord = (double) syllables / words;
    double score =
        switch (language) {
          case "fr" -> 207 - 1.015 * perSentence - 73.6 * perWord;
          case "de" -> 180 - perSentence - 58.5 * perWord;
          default -> 206.835 - 1.015 * perSentence - 84.6 * perWord;
        };
    return Optional.of(new Readability(formula.get(), score, words, sentences, syllables));
  }

  public double wordsPerSentence() {
    return (double) words / sentences;
  }

  public double syllablesPerWord() {
    return (double) syllables / words;
  }

  /** The score rounded to a whole number, as it is shown. */
  public long shown() {
    return Math.round(score);
  }
}
