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

  /**
   * The next number of a list or a range after a reference: "sections 3.5 and 4.9", "sections 3 to
   * 5", "Articles 13, 14 and 21". A comma alone does not make a list ("section 3, 12 months
   * later"): a list is only taken when a joining word ends it.
   */
  private static final Pattern NEXT =
      Pattern.compile(
          "^(\\s*,\\s*|\\s*,?\\s+(?:and|or|to|through|until|&)\\s+"
              + "|\\s*[-–]\\s*)(\\d+(?:\\.\\d+)*)(?![\\d\\p{L}])");

  /** A number that counts something rather than names a section: "and 30 days", "or 5%". */
  private static final Pattern COUNT_AFTER =
      Pattern.compile(
          "(?i)^\\s*(?:%|percent|per\\s*cent|days?|weeks?|months?|years?|hours?|minutes?|times"
              + "|euros?|EUR|people|persons?|users?)\\b");

  private NumberReferences() {}

  /**
   * The typed references of a text; several rules ask. They are offsets in the text and depend only
   * on it and on how the policy numbers its sections, so they are read once per lint run for all
   * the versions that share the text ({@link VersionContext#perText}), not once per version.
   */
  // the memo's kinds, one object each, so that a look-up compares them by identity
  private static final Object ARTICLES =
      dev.policyascode.lint.api.TextMemo.kind(NumberReferences.class, true);

  private static final Object SECTIONS =
      dev.policyascode.lint.api.TextMemo.kind(NumberReferences.class, false);

  static List<NumberRef> in(VersionContext context, Prose prose) {
    boolean articles = context.policy().numbering() == SectionNumbering.ARTICLE;
    return context.perText(
        articles ? ARTICLES : SECTIONS,
        prose,
        // REFERENCE needs a digit 0-9: most texts have none, and need no parse.
        text ->
            text.chars().noneMatch(c -> c >= '0' && c <= '9')
                ? List.of()
                : List.copyOf(scan(context.scan(prose), articles)));
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
      String target = scan.sectionLinkAt(m.start()).orElse(null);
      // a link points at one section: the numbers after it are not the link's
      List<int[]> more = target == null ? following(words, m.end()) : List.of();
      int end = more.isEmpty() ? m.end() : more.get(more.size() - 1)[1];
      // what follows the whole list says whose numbers they are: "Articles 13 and 14 of the GDPR"
      String after = words.substring(end, Math.min(words.length(), end + 80));
      Kind kind;
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
      for (int[] n : more) {
        String next = words.substring(n[0], n[1]);
        boolean nextArticle = word.startsWith("art") && !next.contains(".") && !articles;
        Kind k = kind == Kind.AMBIGUOUS && !nextArticle ? Kind.SECTION : kind;
        k = kind == Kind.SECTION && nextArticle ? Kind.AMBIGUOUS : k;
        refs.add(new NumberRef(m.group(1) + " " + next, next, k, n[0], n[1] - n[0], null));
      }
    }
    return refs;
  }

  /**
   * The numbers of the list or range that goes on after a reference ending at {@code from}, each as
   * its start and end in the text; none if no joining word ends the list.
   */
  private static List<int[]> following(String words, int from) {
    List<int[]> found = new ArrayList<>();
    boolean joined = false;
    int at = from;
    while (true) {
      Matcher n = NEXT.matcher(words).region(at, Math.min(words.length(), at + 60));
      n.useAnchoringBounds(true);
      if (!n.lookingAt()) break;
      String rest = words.substring(n.end(), Math.min(words.length(), n.end() + 20));
      if (COUNT_AFTER.matcher(rest).lookingAt()) break;
      found.add(new int[] {n.start(2), n.end(2)});
      joined = joined || !n.group(1).strip().equals(",");
      at = n.end();
    }
    if (joined) return found;
    return List.of();
  }
}
