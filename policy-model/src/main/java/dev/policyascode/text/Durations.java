package dev.policyascode.text;

/**
 * An ISO-8601 period in English words, for the linter's messages, which are in English. A period in
 * a policy's own language is {@link LanguageFormat#period}.
 */
public final class Durations {

  private Durations() {}

  /** The period in English words: P1Y6M is "1 year and 6 months". */
  public static String inWords(String iso) {
    return LanguageFormat.ENGLISH.period(iso);
  }

  /** A period, an event, a criterion or a session in English words. */
  public static String inWords(dev.policyascode.model.HowLong howLong) {
    return LanguageFormat.ENGLISH.howLong(howLong);
  }
}
