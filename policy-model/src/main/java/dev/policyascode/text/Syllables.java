package dev.policyascode.text;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Syllables of a written word, counted as the readability formulas need them: groups of vowels,
 * corrected for the spellings where a group is not one syllable. English uses the corrections of
 * Greg Fast's Lingua::EN::Syllable (silent final e, "-ed" and "-es" after most consonants, "ia" and
 * "io" read as two, "-tion" as one); French counts spoken syllables, without the mute final e or
 * the u of "qu"/"gu"; German reads "-ion" and a diphthong before a vowel ("Steuer") as two. {@code
 * SyllablesTest} checks each language on words whose count is known.
 */
public final class Syllables {

  private Syllables() {}

  private static final Pattern EN_GROUP = Pattern.compile("[aeiouy]+");
  private static final Pattern FR_GROUP = Pattern.compile("[aeiouyàâäéèêëîïôöûùüœæ]+");
  private static final Pattern DE_GROUP = Pattern.compile("[aeiouyäöü]+");

  /** Spellings where the vowel groups count one syllable too many. */
  private static final List<Pattern> EN_FEWER =
      compile("cial", "tia", "giu", "ion", "iou", "sia$", ".ely$");

  /** Spellings where they count one too few. */
  private static final List<Pattern> EN_MORE =
      compile(
          "ia",
          "iet",
          "dien",
          "iu",
          "io",
          "ii",
          "[^aeiou]le$",
          "ism$",
          "[^l]lien",
          "[^gq]ua[^auieo]",
          "[^aeiou]ea$");

  /**
   * Counts already made, per language and word as written. The readability rule and page count
   * every word of every body of every version, each through a dozen patterns (a fifth of a lint's
   * time at 1,000 versions); a policy's words repeat from body to body and version to version, and
   * a count depends on the word and language alone. Bounded, so that a text of endless distinct
   * words (a hostile input) cannot grow it past a few megabytes: beyond it, counts are made afresh.
   */
  private static final int MEMO_LIMIT = 50_000;

  private static final java.util.Map<String, java.util.Map<String, Integer>> MEMO =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** The syllables of {@code word} in {@code language} (en, fr, de; any other counts as en). */
  public static int count(String word, String language) {
    // any language but fr and de counts as en: one memo for them all, never one per tag
    String counting = language.equals("fr") || language.equals("de") ? language : "en";
    java.util.Map<String, Integer> memo =
        MEMO.computeIfAbsent(counting, l -> new java.util.concurrent.ConcurrentHashMap<>());
    Integer known = memo.get(word);
    if (known != null) return known;
    int n = counted(word, counting);
    if (memo.size() < MEMO_LIMIT) memo.putIfAbsent(word, n);
    return n;
  }

  private static int counted(String word, String language) {
    String w = word.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", "");
    if (w.isEmpty()) return 0;
    return Math.max(
        1,
        switch (language) {
          case "fr" -> french(w);
          case "de" -> german(w);
          default -> english(w);
        });
  }

  private static int english(String w) {
    if (w.length() <= 3) return 1;
    // a final e is silent ("make"); in "table" the l is a syllable, which [^aeiou]le$ adds
    int n = groups(EN_GROUP, w.endsWith("e") ? w.substring(0, w.length() - 1) : w);
    // "liked", "makes": a silent e; "wanted", "boxes": not
    if (w.matches(".*[^aeiouytd]ed") || w.matches(".*[^aeiouysxzhgc]es")) n--;
    for (Pattern p : EN_FEWER) if (p.matcher(w).find()) n--;
    for (Pattern p : EN_MORE) if (p.matcher(w).find()) n++;
    return n;
  }

  private static int french(String w) {
    // the u of "qu" and "gu" before a vowel is not read: "politique", "langue"
    String s = w.replaceAll("([qg])u(?=[aeiouyéèê])", "$1");
    // the mute e at the end: "donnée", "personnelles"
    if (s.length() > 2 && groups(FR_GROUP, s) > 1) s = s.replaceAll("es?$", "");
    int n = groups(FR_GROUP, s);
    // an accented vowel before another vowel is a syllable of its own: "créé", "réalisé"
    Matcher m = Pattern.compile("[éèê](?=[aeiouyàâéèêîôû])").matcher(s);
    while (m.find()) n++;
    return n;
  }

  private static int german(String w) {
    int n = 0;
    Matcher g = DE_GROUP.matcher(w);
    while (g.find()) {
      // a diphthong and then a vowel are two syllables: "Steu-er", "Fei-er"
      boolean split = g.group().length() >= 3 && g.group().matches("(ei|eu|äu|au|ai|ie).*");
      n += split ? 2 : 1;
    }
    Matcher m = Pattern.compile("ion").matcher(w); // "Informa-ti-on"
    while (m.find()) n++;
    return n;
  }

  private static int groups(Pattern group, String s) {
    Matcher m = group.matcher(s);
    int n = 0;
    while (m.find()) n++;
    return n;
  }

  private static List<Pattern> compile(String... patterns) {
    return java.util.Arrays.stream(patterns).map(Pattern::compile).toList();
  }
}
