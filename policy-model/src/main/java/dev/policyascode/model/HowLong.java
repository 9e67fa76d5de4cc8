package dev.policyascode.model;

import java.util.Objects;

/**
 * How long something lasts, in one of the forms a notice may lawfully give (Art. 13(2)(a): "the
 * period for which the personal data will be stored, or if that is not possible, the criteria used
 * to determine that period"): an ISO-8601 period, an event from a closed list, a criterion in the
 * author's words, or, for a cookie, the browser session. A retention rule that states none is
 * {@link Unstated}, which a rule reports.
 */
public sealed interface HowLong {

  /** The ISO-8601 period, when this is one: rules that compare lengths only read these. */
  default java.util.Optional<String> iso() {
    return this instanceof Iso i ? java.util.Optional.of(i.period()) : java.util.Optional.empty();
  }

  /** A length of time, such as P3Y, as written. */
  record Iso(String period) implements HowLong {
    public Iso {
      Objects.requireNonNull(period, "period must not be null");
    }
  }

  /** Until an event that ends the need for the data, such as the closing of the account. */
  record Until(RetentionEvent event) implements HowLong {
    public Until {
      Objects.requireNonNull(event, "event must not be null");
    }
  }

  /** A criterion in the author's words, when no listed event fits. */
  record Criterion(String text) implements HowLong {
    public Criterion {
      Objects.requireNonNull(text, "text must not be null");
    }
  }

  /** Until the browser is closed: a session cookie. */
  record Session() implements HowLong {}

  /** Nothing was written: the loader let it through so that a rule can say what is missing. */
  record Unstated() implements HowLong {}
}
