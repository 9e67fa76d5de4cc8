package dev.policyascode.model;

/** Whether a version is a draft or published; a published version never changes. */
public enum Status {
  DRAFT,
  PUBLISHED;

  /** The word the YAML format uses, such as {@code draft}. */
  public String word() {
    return Words.of(this);
  }

  /** The value for a word the loader has already checked. */
  public static Status of(String word) {
    return Words.parse(Status.class, word);
  }
}
