package dev.policyascode.lint.rules;

import dev.policyascode.diagnostics.Finding;
import dev.policyascode.diagnostics.RuleMeta;
import dev.policyascode.diagnostics.Severity;
import dev.policyascode.lint.api.AbstractRule;
import dev.policyascode.lint.api.VersionContext;
import dev.policyascode.model.Cookie;
import dev.policyascode.model.CookieGround;
import dev.policyascode.text.Durations;
import java.util.function.Consumer;

/**
 * A cookie that needs consent and lives more than 13 months. The CNIL holds 13 months the longest
 * lifetime of a tracker (délibération n° 2020-092, Art. 5, for audience measurement; délibération
 * n° 2013-378 for all trackers). A session cookie, and a strictly necessary one, are not checked;
 * the cookie that keeps the person's choice has its own rule, {@link CookiesChoiceLifetime}.
 */
public final class CookiesLifetime extends AbstractRule {

  public static final RuleMeta META =
      new RuleMeta(
          "cookies-lifetime",
          "cookies",
          Severity.WARNING,
          "A cookie that needs consent and lives more than 13 months",
          "Art. 5(3) of the ePrivacy Directive; CNIL recommendation on cookies and other trackers"
              + " (délibération n° 2020-092 of 17 September 2020, Art. 5) and délibération n°"
              + " 2013-378: a tracker lives at most 13 months");

  public CookiesLifetime() {
    super(META);
  }

  static final int MAX_MONTHS = 13;

  @Override
  public void check(VersionContext context, Consumer<Finding> report) {
    for (Cookie c : context.version().registers().cookies()) {
      if (c.ground() != CookieGround.CONSENT || c.keepsChoice()) continue;
      if (!CookieMonths.over(c.lifetime(), MAX_MONTHS)) continue;
      report.accept(
          Finding.of(
              META,
              c.at("lifetime"),
              "the cookie '"
                  + c.name()
                  + "' lives "
                  + Durations.inWords(c.lifetime())
                  + ": the CNIL allows a tracker that needs consent at most 13 months; shorten"
                  + " its lifetime to 13 months or less"));
    }
  }
}
