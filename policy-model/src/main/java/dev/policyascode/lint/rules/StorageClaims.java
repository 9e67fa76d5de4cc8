package dev.policyascode.lint.rules;

import dev.policyascode.gdpr.Eea;
import dev.policyascode.lint.api.VersionContext;
import dev.policyascode.model.Prose;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Where a sentence says the data is kept: in the EU or EEA ("we store your data in the European
 * Union"), or in a country or a list of them ("all data stays in Germany", "hosted in France and
 * Ireland"). Each claim says which countries it allows, so that a recipient elsewhere contradicts
 * it. The sentence must be about the data, not about the person ("if you are located in the
 * European Union"), which the corpus showed is common.
 */
final class StorageClaims {

  /** A claim: where it is in the text, its words, and which countries it allows. */
  record Claim(int start, int end, String words, Predicate<String> allows) {}

  /** English names of countries, by ISO code, with the short names notices use. */
  static final Map<String, String> NAMES = names();

  private static final String COUNTRY =
      NAMES.keySet().stream()
          .sorted(Comparator.comparingInt(String::length).reversed())
          .map(Pattern::quote)
          .collect(Collectors.joining("|"));

  private static final String AREA = "European Union|EU|European Economic Area|EEA";

  private static final String LIST =
      "(?:the\\s+)?(?:"
          + COUNTRY
          + ")(?:\\s*(?:,|,?\\s+and|,?\\s+or)\\s+(?:the\\s+)?(?:"
          + COUNTRY
          + "))*";

  private static final String PLACE =
      "[^.]{0,30}?\\b(?:in|within)\\s+(?:the\\s+)?(?:(" + AREA + ")|(" + LIST + "))\\b";

  private static final Pattern CLAIM =
      Pattern.compile(
          "(?i)\\b(?:data|information|servers?)\\b[^.]{0,40}?"
              + "\\b(?:stored|hosted|kept|processed|located|stays?|remains?)\\b"
              + PLACE
              + "|\\b(?:stores?|hosts?|keeps?|process(?:es)?)\\b[^.]{0,40}?\\b(?:data|information)\\b"
              + PLACE
                  .replace("(" + AREA + ")", "(?<area2>" + AREA + ")")
                  .replace("(" + LIST + ")", "(?<list2>" + LIST + ")"));

  private StorageClaims() {}

  /**
   * The claims of a version's text: what the pattern finds depends on the text alone and is found
   * once per lint run for all the versions that share the text ({@link VersionContext#perText});
   * only what the EU or EEA means on the version's date is the version's.
   */
  static List<Claim> in(VersionContext context, Prose prose) {
    return placed(
        context.perText(StorageClaims.class, prose, StorageClaims::found),
        context.version().effective());
  }

  /** A claim as the text makes it: the countries it names, or none for the EU or the EEA. */
  private record Found(int start, int end, String words, List<String> codes) {}

  private static List<Found> found(String text) {
    List<Found> found = new ArrayList<>();
    Matcher m = CLAIM.matcher(text);
    while (m.find()) {
      String list = Optional.ofNullable(m.group(2)).orElse(m.group("list2"));
      found.add(new Found(m.start(), m.end(), m.group(), list == null ? null : codes(list)));
    }
    return List.copyOf(found);
  }

  private static List<Claim> placed(List<Found> found, LocalDate date) {
    List<Claim> claims = new ArrayList<>();
    for (Found f : found) {
      Predicate<String> allows;
      if (f.codes() == null) {
        allows = code -> Eea.contains(code, date);
      } else {
        List<String> codes = f.codes();
        allows = codes::contains;
      }
      claims.add(new Claim(f.start(), f.end(), f.words(), allows));
    }
    return claims;
  }

  /** The ISO codes of the countries a list names. */
  private static List<String> codes(String list) {
    List<String> codes = new ArrayList<>();
    Matcher c = Pattern.compile("(?i)\\b(?:" + COUNTRY + ")\\b").matcher(list);
    while (c.find()) codes.add(NAMES.get(c.group().toLowerCase(Locale.ROOT)));
    return codes;
  }

  /** The English name a country goes by, for a message or to find it named in the text. */
  static List<String> namesOf(String code) {
    return NAMES.entrySet().stream()
        .filter(e -> e.getValue().equals(code))
        .map(Map.Entry::getKey)
        .toList();
  }

  private static Map<String, String> names() {
    Map<String, String> names = new LinkedHashMap<>();
    for (String code : Locale.getISOCountries()) {
      names.put(
          new Locale("", code).getDisplayCountry(Locale.ENGLISH).toLowerCase(Locale.ROOT), code);
    }
    for (String us : List.of("united states of america", "usa", "u.s.", "us")) names.put(us, "US");
    for (String uk : List.of("uk", "great britain", "britain")) names.put(uk, "GB");
    names.put("netherlands", "NL");
    names.remove("eu");
    return names;
  }
}
