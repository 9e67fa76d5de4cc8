package dev.policyascode.lint.rules;

import dev.policyascode.lint.api.VersionContext;
import dev.policyascode.model.Prose;
import dev.policyascode.model.SectionNumbering;
import dev.policyascode.text.ProseScan;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds numbers typed in prose that refer to a part of a text: "section 4.2", "Article 4.1", "§ 5",
 * and tells a reference to this policy's own sections from one to an article of the GDPR or of
 * another law ("Article 28 of the GDPR", "Article 6(1)(f)"). In a policy numbered "Article 1",
 * "Article 4" alone is its own fourth section; in any other, it may be the Regulation's, and is
 * left alone.
 */
final class NumberReferences {

  /**
   * LINK_TEXT: a number typed in the words of a link to a section id, such as [section 5.3](#id).
   */
  enum Kind {
    SECTION,
    LINK_TEXT,
    GDPR_ARTICLE,
    OTHER_LAW,
    AMBIGUOUS
  }

  /**
   * One typed reference: the words as written, the number, where it is in the text and, in a link
   * to a section, the section's id.
   */
  record NumberRef(
      String written, String number, Kind kind, int offset, int length, String target) {}

  private static final Pattern REFERENCE =
      Pattern.compile(
          "(?i)(?<![\\p{L}\\d])((?:sub-?)?sections?|articles?|art\\.|clauses?|chapters?|§)\\s*(\\d+(?:\\.\\d+)*)");
  private static final Pattern GDPR_AFTER =
      Pattern.compile(
          "(?i)^(\\(\\w+\\))*\\s*(of\\s+(the\\s+)?(GDPR|General Data Protection Regulation|(European\\s+)?Regulation\\s*(\\(EU\\)\\s*)?(No\\.?\\s*)?2016/679)|GDPR)");

  /** "of" another text: a law, or a contract such as the Standard Contractual Clauses. */
  private static final Pattern LAW_AFTER =
      Pattern.compile(
          "(?i)^(\\(\\w+\\))*\\s*of\\s+(the\\s+|our\\s+|its\\s+)?(\\p{L}+\\s+){0,4}(law|act|code|directive|regulation|decree|convention|loi|clauses|terms|agreement|contract|conditions|treaty|charter)\\b");

  /**
   * A law named by its abbreviation right after the number: "§ 26 BDSG", "§ 25 TTDSG", as German
   * notices cite; a § style policy numbers its own sections "§ 5" too.
   */
  private static final Pattern ABBREVIATION_AFTER =
      Pattern.compile("^\\s+\\p{Lu}[\\p{L}-]*\\p{Lu}\\b");

  private NumberReferences() {}

  /** The typed references of a text; several rules ask, it is read once per version. */
  static List<NumberRef> in(VersionContext context, Prose prose) {
    return context.computed(
        List.of(NumberReferences.class, prose),
        // REFERENCE needs a digit 0-9: most texts have none, and need no parse.
        () ->
            prose.text().chars().noneMatch(c -> c >= '0' && c <= '9')
                ? List.of()
                : scan(
                    context.scan(prose), context.policy().numbering() == SectionNumbering.ARTICLE));
  }

  /**
   * @param articles whether this policy numbers its own sections "Article 5", so that "Article 5"
   *     alone is one of them rather than perhaps the Regulation's
   */
  private static List<NumberRef> scan(ProseScan scan, boolean articles) {
    String words = scan.words();
    List<NumberRef> refs = new ArrayList<>();
    Matcher m = REFERENCE.matcher(words);
    while (m.find()) {
      String word = m.group(1).toLowerCase(Locale.ROOT);
      String number = m.group(2);
      String after = words.substring(m.end(), Math.min(words.length(), m.end() + 80));
      Kind kind;
      String target = scan.sectionLinkAt(m.start()).orElse(null);
      if (target != null) {
        kind = Kind.LINK_TEXT;
      } else if (GDPR_AFTER.matcher(after).find()) {
        kind = word.startsWith("art") ? Kind.GDPR_ARTICLE : Kind.OTHER_LAW;
      } else if (LAW_AFTER.matcher(after).find()
          || after.startsWith("(")
          || ABBREVIATION_AFTER.matcher(after).find()) {
        kind = Kind.OTHER_LAW;
      } else if (word.startsWith("art") && !number.contains(".") && !articles) {
        // "Article 5" alone may be this text's or the Regulation's: say nothing rather than guess
        kind = Kind.AMBIGUOUS;
      } else {
        kind = Kind.SECTION;
      }
      refs.add(new NumberRef(m.group(), number, kind, m.start(), m.end() - m.start(), target));
    }
    return refs;
  }
}
