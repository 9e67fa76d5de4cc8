package dev.policyascode.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An ISO-8601 period in the words a policy uses: P10Y is "10 years", P1Y6M "1 year and 6 months".
 */
public final class Durations {

  private static final Pattern PERIOD =
      Pattern.compile("P(?:(\\d+)Y)?(?:(\\d+)M)?(?:(\\d+)W)?(?:(\\d+)D)?");
  private static final String[] UNITS = {"year", "month", "week", "day"};

  private Durations() {}

  /** The period in English words; the loader has already checked that it is a period. */
  public static String inWords(String iso) {
    Matcher m = PERIOD.matcher(iso);
    if (!m.matches()) throw new IllegalArgumentException("not an ISO-8601 period: " + iso);
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < UNITS.length; i++) {
      String n = m.group(i + 1);
      if (n == null) continue;
      long count = Long.parseLong(n);
      parts.add(count + " " + UNITS[i] + (count == 1 ? "" : "s"));
    }
    if (parts.size() == 1) return parts.get(0);
    return String.join(", ", parts.subList(0, parts.size() - 1))
        + " and "
        + parts.get(parts.size() - 1);
  }
}
