package dev.policyascode.model;

import java.util.Arrays;
import java.util.List;

/**
 * How a policy shows its section numbers in headings, written in {@code policy.yaml} as {@code
 * numbering:}. Only the way a number is shown changes: the number itself ("5.3") stays the key that
 * every rule and cross-reference uses. A notice already in force keeps its own style, so an
 * imported text reads as it did.
 */
public enum SectionNumbering {
  /** "5.", "5.3.": the default, and the only style before the key existed. */
  DOTTED_PERIOD("1.1."),
  /** "5", "5.3". */
  DOTTED("1.1"),
  /** "5)", "5.3)". */
  PARENTHESIS("1.1)"),
  /** "Article 5" for a top-level section; its subsections show "5.3", as contracts number them. */
  ARTICLE("Article 1"),
  /** "§ 5" for a top-level section; its subsections show "5.3". */
  PARAGRAPH_SIGN("§ 1"),
  /** No number is shown; the sections are still numbered for references. */
  NONE("none");

  private final String word;

  SectionNumbering(String word) {
    this.word = word;
  }

  /** The value {@code policy.yaml} writes, such as {@code "1.1."}. */
  public String word() {
    return word;
  }

  /** The values the format allows, in the order the README lists them. */
  public static List<String> words() {
    return Arrays.stream(values()).map(SectionNumbering::word).toList();
  }

  /** The style for a value the loader has already checked; the default when there is none. */
  public static SectionNumbering of(String word) {
    for (SectionNumbering s : values()) if (s.word.equals(word)) return s;
    throw new IllegalArgumentException("not a numbering style: " + word);
  }

  /**
   * The number as a heading shows it: {@code number} is the plain "5.3", {@code depth} 1 for a
   * top-level section. Empty for {@link #NONE}.
   */
  public String shown(String number, int depth) {
    return switch (this) {
      case DOTTED_PERIOD -> number + ".";
      case DOTTED -> number;
      case PARENTHESIS -> number + ")";
      case ARTICLE -> depth == 1 ? "Article " + number : number;
      case PARAGRAPH_SIGN -> depth == 1 ? "§ " + number : number;
      case NONE -> "";
    };
  }
}
