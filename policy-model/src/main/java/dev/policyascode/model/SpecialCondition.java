package dev.policyascode.model;

/**
 * The condition of Art. 9(2) GDPR that lifts the ban on processing a special category of data, one
 * per point (a) to (j), by the words the format uses for it.
 */
public enum SpecialCondition {
  /** (a) explicit consent. */
  EXPLICIT_CONSENT('a'),
  /** (b) obligations and rights in employment, social security and social protection law. */
  EMPLOYMENT_SOCIAL_SECURITY('b'),
  /** (c) vital interests, where the person cannot give consent. */
  VITAL_INTERESTS('c'),
  /** (d) a foundation, association or other not-for-profit body, for its members. */
  NOT_FOR_PROFIT_BODY('d'),
  /** (e) data manifestly made public by the person. */
  MADE_PUBLIC('e'),
  /** (f) legal claims, or courts acting in their judicial capacity. */
  LEGAL_CLAIMS('f'),
  /** (g) substantial public interest, on the basis of Union or Member State law. */
  SUBSTANTIAL_PUBLIC_INTEREST('g'),
  /** (h) preventive or occupational medicine, medical diagnosis, health or social care. */
  HEALTH_CARE('h'),
  /** (i) public interest in the area of public health. */
  PUBLIC_HEALTH('i'),
  /** (j) archiving in the public interest, scientific or historical research, statistics. */
  ARCHIVING_RESEARCH_STATISTICS('j');

  private final char point;

  SpecialCondition(char point) {
    this.point = point;
  }

  /** The article and point it rests on, such as {@code Art. 9(2)(a)}. */
  public String article() {
    return "Art. 9(2)(" + point + ")";
  }

  /** The word the YAML format uses, such as {@code explicit-consent}. */
  public String word() {
    return Words.of(this);
  }

  /** The value for a word the loader has already checked. */
  public static SpecialCondition of(String word) {
    return Words.parse(SpecialCondition.class, word);
  }
}
