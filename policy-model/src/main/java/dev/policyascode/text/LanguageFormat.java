package dev.policyascode.text;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How one language writes the facts the tool puts into a policy's text and pages: a date in words
 * ("25 May 2018", "1er janvier 2027", "1. Januar 2027"), a period in words ("1 an et 6 mois") and a
 * reference to a section ("section 2.1", "Abschnitt 2.1"). One place, so the pages, the register,
 * the changes and the feed say a fact the same way. The other words around the text are labels,
 * which a project may change; these are grammar, which it may not.
 */
public final class LanguageFormat {

  /**
   * What a language needs: the date pattern, and the one for the first day of a month where that
   * day is an ordinal (French "1er"); the word before a section's number; the period's words.
   */
  private record Grammar(String date, String firstOfMonth, String section, Periods.Words period) {}

  private static final Grammar ENGLISH_GRAMMAR =
      new Grammar("d MMMM uuuu", "d MMMM uuuu", "section", Periods.ENGLISH);

  /**
   * The languages of the built-in labels. Another language gets its own month names in the English
   * order and English words, as it gets the English labels: what it had before this class.
   */
  private static final Map<String, Grammar> GRAMMARS =
      Map.of(
          "en",
          ENGLISH_GRAMMAR,
          "fr",
          new Grammar("d MMMM uuuu", "'1er' MMMM uuuu", "section", Periods.FRENCH),
          "de",
          new Grammar("d. MMMM uuuu", "d. MMMM uuuu", "Abschnitt", Periods.GERMAN));

  private static final Map<String, LanguageFormat> MADE = new ConcurrentHashMap<>();

  /** The built-in English: the linter's messages are in it. */
  public static final LanguageFormat ENGLISH = of("en");

  private final String language;
  private final Grammar grammar;
  private final DateTimeFormatter date;
  private final DateTimeFormatter firstOfMonth;

  private LanguageFormat(String languageTag) {
    Locale locale = Locale.forLanguageTag(languageTag);
    this.language = locale.getLanguage();
    this.grammar = GRAMMARS.getOrDefault(language, ENGLISH_GRAMMAR);
    // The whole tag's locale: de-AT names January "Jänner", as Austrian law does.
    this.date = DateTimeFormatter.ofPattern(grammar.date(), locale);
    this.firstOfMonth = DateTimeFormatter.ofPattern(grammar.firstOfMonth(), locale);
  }

  /** The format of the language {@code languageTag}, such as en, fr-FR or de-AT. */
  public static LanguageFormat of(String languageTag) {
    return MADE.computeIfAbsent(languageTag, LanguageFormat::new);
  }

  /** The language's code alone: "fr" for fr-FR. */
  public String language() {
    return language;
  }

  /** The date in words: "25 May 2018", "1er janvier 2027", "1. Januar 2027". */
  public String date(LocalDate day) {
    return (day.getDayOfMonth() == 1 ? firstOfMonth : date).format(day);
  }

  /**
   * An ISO-8601 period in words: P10Y is "10 years", "10 ans", "10 Jahre"; P1Y6M "1 year and 6
   * months". The loader has already checked that it is a period.
   */
  public String period(String iso) {
    return Periods.inWords(iso, grammar.period());
  }

  /**
   * How long, in words: a period as {@link #period}; an event ("until the account is closed",
   * "jusqu'à la clôture du compte"); a criterion as its author wrote it; a session cookie's
   * lifetime ("session (until the browser is closed)"). Nothing stated reads as nothing.
   */
  public String howLong(dev.policyascode.model.HowLong howLong) {
    // Java 17 has no pattern matching for switch: one test per form, the sealed type's order.
    if (howLong instanceof dev.policyascode.model.HowLong.Iso i) return period(i.period());
    if (howLong instanceof dev.policyascode.model.HowLong.Until u) {
      return grammar.period().events()[u.event().ordinal()];
    }
    if (howLong instanceof dev.policyascode.model.HowLong.Criterion c) return c.text();
    if (howLong instanceof dev.policyascode.model.HowLong.Session) {
      return grammar.period().session();
    }
    return "";
  }

  /** The word a link to a section shows before the number when it has no text of its own. */
  public String sectionWord() {
    return grammar.section();
  }

  /** A reference to the section numbered {@code number}: "section 2.1", "Abschnitt 2.1". */
  public String section(String number) {
    return grammar.section() + " " + number;
  }
}
