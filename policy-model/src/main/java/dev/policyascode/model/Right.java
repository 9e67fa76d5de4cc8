package dev.policyascode.model;

/** A data subject right (Art. 15-22, 7(3), 77). */
public enum Right {
  ACCESS,
  RECTIFICATION,
  ERASURE,
  RESTRICTION,
  OBJECTION,
  PORTABILITY,
  WITHDRAW_CONSENT,
  COMPLAINT,
  AUTOMATED_DECISIONS;

  /** The word the YAML format uses, such as {@code access}. */
  public String word() {
    return Words.of(this);
  }

  /** The value for a word the loader has already checked. */
  public static Right of(String word) {
    return Words.parse(Right.class, word);
  }
}
