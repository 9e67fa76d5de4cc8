package dev.policyascode.lint.rules;

import dev.policyascode.diagnostics.Finding;
import dev.policyascode.diagnostics.RuleMeta;
import dev.policyascode.diagnostics.Severity;
import dev.policyascode.lint.api.AbstractRule;
import dev.policyascode.lint.api.VersionContext;
import dev.policyascode.model.Cookie;
import dev.policyascode.text.Durations;
import java.util.function.Consumer;

/**
 * The cookie that keeps the person's choice on cookies ({@code keeps_choice: true}) and lives more
 * than 6 months. The CNIL holds keeping the choice, consent or refusal, for 6 months a good
 * practice (délibération n° 2020-092): asked again after that, the person is not worn down by
 * banners, and a refusal is not kept for ever. Guidance, so an info.
 */
public final class CookiesChoiceLifetime extends AbstractRule {

  public static final RuleMeta META =
      new RuleMeta(
          "cookies-choice-lifetime",
          "cookies",
          Severity.INFO,
          "The cookie that keeps the person's choice on cookies lives more than 6 months",
          "CNIL recommendation on cookies and other trackers (délibération n° 2020-092 of 17"
              + " September 2020): keeping the choice, consent or refusal, for 6 months is good"
              + " practice");

  public CookiesChoiceLifetime() {
    super(META);
  }

  static final int MAX_MONTHS = 6;

  @Override
  public void check(VersionContext context, Consumer<Finding> report) {
    for (Cookie c : context.version().registers().cookies()) {
      if (!c.keepsChoice() || !CookieMonths.over(c.lifetime(), MAX_MONTHS)) continue;
      report.accept(
          Finding.of(
              META,
              c.at("lifetime"),
              "the cookie '"
                  + c.name()
                  + "' keeps the person's choice on cookies for "
                  + Durations.inWords(c.lifetime())
                  + ": the CNIL advises keeping it 6 months, then asking again"));
    }
  }
}
