package dev.policyascode.lint.rules;

import dev.policyascode.model.Prose;
import dev.policyascode.text.ProseScan;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds numbers typed in prose that refer to a part of a text: "section 4.2", "Article 4.1",
 * "§ 5", and tells a reference to this policy's own sections from one to an article of the GDPR or
 * of another law ("Article 28 of the GDPR", "Article 6(1)(f)").
 */
final class NumberReferences {

  enum Kind { SECTION, GDPR_ARTICLE, OTHER_LAW, AMBIGUOUS }

  /** One typed reference: the words as written, the number, and where it is in the text. */
  record NumberRef(String written, String number, Kind kind, int offset, int length) {}

  private static final Pattern REFERENCE = Pattern.compile(
      "(?i)(?<![\\p{L}\\d])(sections?|articles?|art\\.|paragraphs?|clauses?|chapters?|§)\\s*(\\d+(?:\\.\\d+)*)");
  private static final Pattern GDPR_AFTER = Pattern.compile(
      "(?i)^(\\(\\w+\\))*\\s*(of\\s+(the\\s+)?(GDPR|General Data Protection Regulation|(European\\s+)?Regulation\\s*(\\(EU\\)\\s*)?(No\\.?\\s*)?2016/679)|GDPR)");
  private static final Pattern LAW_AFTER = Pattern.compile(
      "(?i)^(\\(\\w+\\))*\\s*of\\s+(the\\s+)?(\\p{L}+\\s+){0,3}(law|act|code|directive|regulation|decree|convention|loi)");

  private NumberReferences() {}

  static List<NumberRef> in(Prose prose) {
    String words = new ProseScan(prose).words();
    List<NumberRef> refs = new ArrayList<>();
    Matcher m = REFERENCE.matcher(words);
    while (m.find()) {
      String word = m.group(1).toLowerCase(Locale.ROOT);
      String number = m.group(2);
      String after = words.substring(m.end(), Math.min(words.length(), m.end() + 80));
      Kind kind;
      if (GDPR_AFTER.matcher(after).find()) {
        kind = Kind.GDPR_ARTICLE;
      } else if (LAW_AFTER.matcher(after).find() || after.startsWith("(")) {
        kind = Kind.OTHER_LAW;
      } else if (word.startsWith("art") && !number.contains(".")) {
        // "Article 5" alone may be this text's or the Regulation's: say nothing rather than guess
        kind = Kind.AMBIGUOUS;
      } else {
        kind = Kind.SECTION;
      }
      refs.add(new NumberRef(m.group(), number, kind, m.start(), m.end() - m.start()));
    }
    return refs;
  }
}
