package dev.policyascode.model;

/** A data subject right (Art. 15-22, 7(3), 77), and the national ones the format can name. */
public enum Right {
  ACCESS,
  RECTIFICATION,
  ERASURE,
  RESTRICTION,
  OBJECTION,
  PORTABILITY,
  WITHDRAW_CONSENT,
  COMPLAINT,
  AUTOMATED_DECISIONS,
  /**
   * French law only: to give directives on what happens to one's data after death (Art. 85 of the
   * loi Informatique et Libertés); the GDPR does not apply to the dead (recital 27).
   */
  POST_MORTEM_DIRECTIVES;

  /** The word the YAML format uses, such as {@code access}. */
  public String word() {
    return Words.of(this);
  }

  /** The value for a word the loader has already checked. */
  public static Right of(String word) {
    return Words.parse(Right.class, word);
  }
}
