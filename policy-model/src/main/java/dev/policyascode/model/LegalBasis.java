package dev.policyascode.model;

/** An Art. 6(1) legal basis, (a) to (f) in the article's order. */
public enum LegalBasis {
  CONSENT,
  CONTRACT,
  LEGAL_OBLIGATION,
  VITAL_INTERESTS,
  PUBLIC_TASK,
  LEGITIMATE_INTERESTS;

  /** The word the YAML format uses, such as {@code consent}. */
  public String word() {
    return Words.of(this);
  }

  /** The value for a word the loader has already checked. */
  public static LegalBasis of(String word) {
    return Words.parse(LegalBasis.class, word);
  }
}
