package dev.policyascode.model;

/**
 * The ground for storing or reading information on a person's device under Art. 5(3) of the
 * ePrivacy Directive as transposed (in France, Art. 82 of the loi Informatique et Libertés; in
 * Germany, § 25 TDDDG): strictly necessary for a service the person asked for, or consent. It is
 * not an Art. 6(1) GDPR basis: the data the cookie collects still needs one, through its activity.
 */
public enum CookieGround {
  STRICTLY_NECESSARY,
  CONSENT;

  public String word() {
    return Words.of(this);
  }

  public static CookieGround of(String word) {
    return Words.parse(CookieGround.class, word);
  }
}
