package dev.policyascode.model;

/** The ground of a transfer outside the EEA (Art. 45, 46, 49). */
public enum Safeguard {
  ADEQUACY_DECISION,
  STANDARD_CONTRACTUAL_CLAUSES,
  BINDING_CORPORATE_RULES,
  CODE_OF_CONDUCT,
  CERTIFICATION,
  AD_HOC_CLAUSES,
  DEROGATION;

  /** The word the YAML format uses, such as {@code adequacy-decision}. */
  public String word() {
    return Words.of(this);
  }

  /** The value for a word the loader has already checked. */
  public static Safeguard of(String word) {
    return Words.parse(Safeguard.class, word);
  }
}
