package dev.policyascode.text;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The joining word of an embedded list's ending ({@code item_end: " and/or;"}) in the page's
 * language. A {@code policy} block must be the same in every language ({@code
 * translations-references}), so its endings are written once, in the main language; a translated
 * page would otherwise end its items with " and/or;" in English. An ending that is one of the words
 * {@code connective.*} of a built-in language (and, or, and/or) is said with the page language's
 * word for it, its spaces and punctuation kept; any other ending is shown as written.
 */
final class Connectives {

  /** The built-in languages, whose words an ending may be written in. */
  private static final List<String> LANGUAGES = List.of("en", "fr", "de");

  private static final List<String> KEYS =
      List.of("connective.and", "connective.or", "connective.andOr");

  /**
   * Spaces and punctuation, the word (letters, a slash or spaces inside), spaces and punctuation.
   */
  private static final Pattern ENDING =
      Pattern.compile("(\\P{L}*)(\\p{L}(?:[\\p{L}/ ]*\\p{L})?)(\\P{L}*)");

  private static final Map<String, Map<String, String>> WORDS = new ConcurrentHashMap<>();

  private Connectives() {}

  /** {@code ending} with its joining word in {@code language}, or as written. */
  static String in(String language, String ending) {
    Matcher m = ENDING.matcher(ending);
    if (ending.isEmpty() || !m.matches()) return ending;
    String word = m.group(2);
    Map<String, String> page = words(language);
    // The page's own word stays as written, whatever its case.
    if (page.values().stream().anyMatch(word::equalsIgnoreCase)) return ending;
    return key(word).map(k -> m.group(1) + page.get(k) + m.group(3)).orElse(ending);
  }

  /** Which connective {@code word} is, in any built-in language. */
  private static Optional<String> key(String word) {
    for (String language : LANGUAGES) {
      for (Map.Entry<String, String> e : words(language).entrySet()) {
        if (e.getValue().equals(word)) return Optional.of(e.getKey());
      }
    }
    return Optional.empty();
  }

  private static Map<String, String> words(String language) {
    return WORDS.computeIfAbsent(
        language,
        l -> {
          Map<String, String> labels = BuiltInLabels.of(l);
          Map<String, String> out = new java.util.LinkedHashMap<>();
          for (String k : KEYS) out.put(k, labels.getOrDefault(k, ""));
          return out;
        });
  }
}
