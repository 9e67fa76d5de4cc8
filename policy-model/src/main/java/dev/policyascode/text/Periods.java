package dev.policyascode.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The grammar of a period in words, for {@link LanguageFormat}: one table of words a language. */
final class Periods {

  private static final Pattern PERIOD =
      Pattern.compile("P(?:(\\d+)Y)?(?:(\\d+)M)?(?:(\\d+)W)?(?:(\\d+)D)?");

  /**
   * Year, month, week and day, one and many; the word joining the last two parts; whether 0 takes
   * the singular, as in French ("0 jour"); a session cookie's lifetime; and the retention events,
   * in the order of {@link dev.policyascode.model.RetentionEvent}, as they end a sentence such as
   * "We keep it {period}."
   */
  record Words(
      String[] one,
      String[] many,
      String and,
      boolean zeroIsOne,
      String session,
      String[] events) {}

  static final Words ENGLISH =
      new Words(
          new String[] {"year", "month", "week", "day"},
          new String[] {"years", "months", "weeks", "days"},
          "and",
          false,
          "session (until the browser is closed)",
          new String[] {
            "until consent is withdrawn",
            "until the account is closed",
            "for the duration of the contract",
            "until you object"
          });

  static final Words FRENCH =
      new Words(
          new String[] {"an", "mois", "semaine", "jour"},
          new String[] {"ans", "mois", "semaines", "jours"},
          "et",
          true,
          "session (jusqu'à la fermeture du navigateur)",
          new String[] {
            "jusqu'au retrait du consentement",
            "jusqu'à la clôture du compte",
            "pendant la durée du contrat",
            "jusqu'à votre opposition"
          });

  static final Words GERMAN =
      new Words(
          new String[] {"Jahr", "Monat", "Woche", "Tag"},
          new String[] {"Jahre", "Monate", "Wochen", "Tage"},
          "und",
          false,
          "Sitzung (bis zum Schließen des Browsers)",
          new String[] {
            "bis zum Widerruf der Einwilligung",
            "bis zur Schließung des Kontos",
            "für die Dauer des Vertrags",
            "bis zu Ihrem Widerspruch"
          });

  private Periods() {}

  static String inWords(String iso, Words words) {
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
}
