package dev.policyascode.lint.rules;

import dev.policyascode.model.HowLong;

/** Whether a cookie's lifetime is longer than a number of months; a session never is. */
final class CookieMonths {

  private CookieMonths() {}

  /** Average lengths, so that P400D counts as more than 13 months and P13M does not. */
  static boolean over(HowLong lifetime, int months) {
    if (lifetime.iso().isEmpty()) return false;
    return days(java.time.Period.parse(lifetime.iso().get()))
        > days(java.time.Period.ofMonths(months));
  }

  private static double days(java.time.Period p) {
    return p.getYears() * 365.25 + p.getMonths() * 30.4375 + p.getDays();
  }
}
