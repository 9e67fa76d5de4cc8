package dev.policyascode.model;

/**
 * The events that lawfully end a retention period without a length of time (Art. 13(2)(a)): the
 * closed list of the format's {@code until}. A criterion outside it is written as text.
 */
public enum RetentionEvent {
  /** Until consent is withdrawn (Art. 7(3)). */
  CONSENT_WITHDRAWN,
  /** Until the account is closed. */
  ACCOUNT_CLOSED,
  /** For the duration of the contract. */
  CONTRACT_ENDED,
  /** Until the person objects (Art. 21). */
  OBJECTION;

  /** The word the YAML format uses, such as {@code account-closed}. */
  public String word() {
    return Words.of(this);
  }

  /** The value for a word the loader has already checked. */
  public static RetentionEvent of(String word) {
    return Words.parse(RetentionEvent.class, word);
  }
}
