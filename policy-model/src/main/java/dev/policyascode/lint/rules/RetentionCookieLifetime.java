package dev.policyascode.lint.rules;

import dev.policyascode.diagnostics.Finding;
import dev.policyascode.diagnostics.RuleMeta;
import dev.policyascode.diagnostics.Severity;
import dev.policyascode.lint.api.AbstractRule;
import dev.policyascode.lint.api.VersionContext;
import dev.policyascode.model.*;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cookies and other trackers may live at most 13 months (CNIL recommendation, délibération n°
 * 2013-378 of 5 December 2013; CNIL guidelines on trackers, délibération n° 2020-091 of 17
 * September 2020, for audience measurement). Finds a retention rule on a cookie category over 13
 * months, and a sentence on cookies that gives a lifespan over 13 months. A version with a {@code
 * cookies:} register is checked by {@link CookiesLifetime} on each cookie instead, so that one
 * lifespan is not reported twice; this rule stays for notices that describe their cookies only in
 * retention rules and text, which it has always checked.
 */
public final class RetentionCookieLifetime extends AbstractRule {

  public static final RuleMeta META =
      new RuleMeta(
          "retention-cookie-lifetime",
          "retention",
          Severity.WARNING,
          "A cookie lifespan of more than 13 months",
          "CNIL recommendation on cookies (délibération n° 2013-378) and CNIL guidelines on"
              + " cookies and other trackers (délibération n° 2020-091), under Art. 5(3) of the"
              + " ePrivacy Directive: trackers live at most 13 months, the data they collect is"
              + " kept at most 25 months");

  public RetentionCookieLifetime() {
    super(META);
  }

  static final int MAX_MONTHS = 13;
  private static final Pattern LIFESPAN =
      Pattern.compile(
          "(?i)\\b(?:life ?span|lifetime|duration|last[s]?)\\b[^.]{0,40}?\\b(\\d{1,3}) months\\b");

  @Override
  public void check(VersionContext context, Consumer<Finding> report) {
    Registers r = context.version().registers();
    if (!r.cookies().isEmpty()) return;
    var cookieIds =
        r.dataCategories().stream()
            .filter(c -> mentionsCookies(c.id() + " " + c.name()))
            .map(DataCategory::id)
            .collect(java.util.stream.Collectors.toSet());
    for (RetentionRule rule : r.retention()) {
      boolean cookies = rule.dataCategories().stream().anyMatch(c -> cookieIds.contains(c.id()));
      if (cookies
          && rule.period().iso().isPresent()
          && days(java.time.Period.parse(rule.period().iso().get()))
              > days(java.time.Period.ofMonths(MAX_MONTHS))) {
        report.accept(
            Finding.of(
                META,
                rule.at("period"),
                message(dev.policyascode.text.Durations.inWords(rule.period()))));
      }
    }
    for (Prose prose : context.version().texts()) {
      // the lifespans a text gives depend on it alone: found once per lint run for all the
      // versions that share the text, placed in each
      for (Lifespan l : context.perText(RetentionCookieLifetime.class, prose, t -> lifespans(t))) {
        report.accept(
            Finding.of(META, prose.at(l.start(), l.length()), message(l.months() + " months")));
      }
    }
  }

  /** A lifespan over the limit where it is in its text: the offset and length of its months. */
  private record Lifespan(int start, int length, String months) {}

  private static java.util.List<Lifespan> lifespans(String text) {
    java.util.List<Lifespan> found = new java.util.ArrayList<>();
    for (String paragraph : text.split("\\n\\s*\\n")) {
      if (!mentionsCookies(paragraph)) continue;
      int base = text.indexOf(paragraph);
      Matcher m = LIFESPAN.matcher(paragraph);
      while (m.find()) {
        if (Integer.parseInt(m.group(1)) <= MAX_MONTHS) continue;
        found.add(new Lifespan(base + m.start(1), m.end() - m.start(1), m.group(1)));
      }
    }
    return java.util.List.copyOf(found);
  }

  private static boolean mentionsCookies(String s) {
    return s.toLowerCase(java.util.Locale.ROOT).contains("cookie");
  }

  /** Average lengths, so that P400D counts as more than 13 months and P13M does not. */
  private static double days(java.time.Period p) {
    return p.getYears() * 365.25 + p.getMonths() * 30.4375 + p.getDays();
  }

  private static String message(String lifespan) {
    return "cookies kept for "
        + lifespan
        + ": the CNIL allows trackers at most 13 months (their data at most 25 months); shorten"
        + " the lifespan to 13 months or less";
  }
}
