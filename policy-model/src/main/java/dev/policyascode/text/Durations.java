package dev.policyascode.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An ISO-8601 period in the words a policy uses: P10Y is "10 years" in English, "10 ans" in French,
 * "10 Jahre" in German; P1Y6M "1 year and 6 months". The words go into the policy's own text (a
 * retention statement's {@code {period}}), so they are in the policy's language.
 */
public final class Durations {

  private static final Pattern PERIOD =
      Pattern.compile("P(?:(\\d+)Y)?(?:(\\d+)M)?(?:(\\d+)W)?(?:(\\d+)D)?");

  /**
   * Year, month, week and day, one and many; the word joining the last two parts; and whether 0
   * takes the singular, as in French ("0 jour").
   */
  private record Words(String[] one, String[] many, String and, boolean zeroIsOne) {}

  private static final Words ENGLISH =
      new Words(
          new String[] {"year", "month", "week", "day"},
          new String[] {"years", "months", "weeks", "days"},
          "and",
          false);

  /**
   * The languages the built-in labels speak. Another language gets English words, as it gets the
   * English labels.
   */
  private static final Map<String, Words> WORDS =
      Map.of(
          "en",
          ENGLISH,
          "fr",
          new Words(
              new String[] {"an", "mois", "semaine", "jour"},
              new String[] {"ans", "mois", "semaines", "jours"},
              "et",
              true),
          "de",
          new Words(
              new String[] {"Jahr", "Monat", "Woche", "Tag"},
              new String[] {"Jahre", "Monate", "Wochen", "Tage"},
              "und",
              false));

  private Durations() {}

  /** The period in English words, for the linter's messages. */
  public static String inWords(String iso) {
    return inWords(iso, "en");
  }

  /**
   * The period in words of the language {@code languageTag} (such as fr or fr-FR); the loader has
   * already checked that it is a period.
   */
  public static String inWords(String iso, String languageTag) {
    Words words = WORDS.getOrDefault(language(languageTag), ENGLISH);
    Matcher m = PERIOD.matcher(iso);
    if (!m.matches()) throw new IllegalArgumentException("not an ISO-8601 period: " + iso);
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < words.one().length; i++) {
      String n = m.group(i + 1);
      if (n == null) continue;
      long count = Long.parseLong(n);
      boolean singular = count == 1 || (count == 0 && words.zeroIsOne());
      parts.add(count + " " + (singular ? words.one()[i] : words.many()[i]));
    }
    if (parts.size() == 1) return parts.get(0);
    return String.join(", ", parts.subList(0, parts.size() - 1))
        + " "
        + words.and()
        + " "
        + parts.get(parts.size() - 1);
  }

  private static String language(String languageTag) {
    return Locale.forLanguageTag(languageTag).getLanguage();
  }
}
