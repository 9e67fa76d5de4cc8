package dev.policyascode.model;

/** The role of a recipient of personal data. */
public enum RecipientRole {
  PROCESSOR,
  CONTROLLER,
  JOINT_CONTROLLER,
  PUBLIC_AUTHORITY;

  /** The word the YAML format uses, such as {@code processor}. */
  public String word() {
    return Words.of(this);
  }

  /** The value for a word the loader has already checked. */
  public static RecipientRole of(String word) {
    return Words.parse(RecipientRole.class, word);
  }
}
