package dev.policyascode.lint.rules;

import dev.policyascode.diagnostics.Finding;
import dev.policyascode.diagnostics.RuleMeta;
import dev.policyascode.diagnostics.Severity;
import dev.policyascode.lint.api.AbstractRule;
import dev.policyascode.lint.api.VersionContext;
import dev.policyascode.model.*;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A placeholder or a drafting leftover in the text: TODO, TBD, FIXME, XXX, lorem ipsum, [Company
 * Name], &lt;insert date&gt;, {{name}}, {% tag %}, {# note #}, [date], and a letter standing for a
 * number that was never filled in ("within XX days", "N months"). Published, it tells people
 * nothing.
 */
public final class ProsePlaceholder extends AbstractRule {

  public static final RuleMeta META =
      new RuleMeta(
          "prose-placeholder",
          "prose",
          Severity.ERROR,
          "A placeholder or drafting note left in the text",
          "Art. 12(1) and Art. 13 GDPR: the information must actually be given");

  public ProsePlaceholder() {
    super(META);
  }

  /** Words that bracketed placeholders of templates are made of. */
  private static final String SLOT_WORDS =
      "insert|add|enter|fill(?:\\s+in)?|company|company name|name|date|address|e-?mail|phone|"
          + "telephone|url|website|country|city|dpo|controller|placeholder|your [\\p{L} ]+|"
          + "organi[sz]ation|business|period|x+|•|●|…|\\.\\.\\.|_+";

  /**
   * Units a count is given in. A letter or two standing where the count should be is a slot of a
   * template: "XX days", "N months", "x weeks". Only before a unit: "Chapter XX" is a Roman 20.
   */
  private static final String UNITS =
      "(?i:seconds?|minutes?|hours?|days?|weeks?|months?|years?|calendar|business|working|"
          + "jours|mois|ans|années|Tage[n]?|Monate[n]?|Jahre[n]?|%)";

  // package-private: ProsePlaceholderScanTest holds Placeholders to what find says
  static final Pattern PLACEHOLDER =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}])(TODO|TBD|TBC|TBA|FIXME|XXX+|(?i:t\\.b\\.[dca]\\.))"
              + "(?![\\p{L}\\p{N}])"
              + "|(?<![\\p{L}\\p{N}.,'’-])(?:XX?|xx?|NN?|nn?)\\s?"
              + UNITS
              + "(?![\\p{L}\\p{N}])"
              + "|(?i:lorem ipsum)"
              + "|\\{\\{[^}\\n]{0,60}\\}\\}"
              + "|\\{%[^%\\n]{0,80}%\\}"
              + "|\\{#[^#\\n]{0,80}#\\}"
              + "|<(?i:insert|add|enter)[^>\\n]{0,60}>"
              + "|\\[(?i:(?:"
              + SLOT_WORDS
              + ")(?:[^\\]\\n]{0,40})?)\\](?![(\\[:])"
              + "|_{4,}");

  @Override
  public void check(VersionContext context, Consumer<Finding> report) {
    for (Prose prose : context.version().texts()) {
      // found once per lint run for all the versions that share the text, placed in each
      for (Found f : context.perText(ProsePlaceholder.class, prose, t -> found(context, prose))) {
        report.accept(
            Finding.of(META, prose.at(f.start(), f.end() - f.start()), message(f.text())));
      }
    }
    // titles and the registers' plain words are shown on the page too: names, purposes, labels
    for (Prose p : context.plainTexts()) plain(context, p, report);
  }

  /** The memo's kind for a plain text's first placeholder (a text's are under the class). */
  private static final Object PLAIN_KIND =
      dev.policyascode.lint.api.TextMemo.kind(ProsePlaceholder.class, "plain");

  /** A placeholder where it is in its text, whichever version has the text. */
  private record Found(int start, int end, String text) {}

  private static List<Found> found(VersionContext context, Prose prose) {
    List<Found> found = new java.util.ArrayList<>();
    Placeholders m = new Placeholders(context.scan(prose).words());
    while (m.next()) found.add(new Found(m.start(), m.end(), m.group()));
    return List.copyOf(found);
  }

  /** A value that is plain text, not CommonMark: its first placeholder, where it is written. */
  private static void plain(VersionContext context, Prose p, Consumer<Finding> report) {
    // the same names and purposes stand in almost every version: read once per lint run
    Optional<Found> first =
        context.perText(
            PLAIN_KIND,
            p,
            t -> {
              Placeholders m = new Placeholders(t);
              return m.next()
                  ? Optional.of(new Found(m.start(), m.end(), m.group()))
                  : Optional.<Found>empty();
            });
    first.ifPresent(
        f ->
            report.accept(
                Finding.of(META, p.at(f.start(), f.end() - f.start()), message(f.text()))));
  }

  /**
   * The placeholders of a text in order, as {@link Matcher#find} finds them, but with the pattern
   * tried only where a placeholder can start ({@link #mayStart}): find tried its dozen alternatives
   * at every character of every text of every version (issue 18). The first position from which the
   * pattern matches is the one find returns, and the match there is the same: the bounds are
   * transparent, so its look-behinds and look-aheads see the whole text as they do for find.
   */
  static final class Placeholders {
    private final String text;
    private final Matcher m;
    private int from;

    Placeholders(String text) {
      this.text = text;
      this.m = PLACEHOLDER.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    }

    /** Moves to the next placeholder, on from the end of the last one, as find goes on. */
    boolean next() {
      for (int i = from; i < text.length(); i++) {
        if (!mayStart(text, i)) continue;
        m.region(i, text.length());
        if (m.lookingAt()) {
          from = m.end();
          return true;
        }
      }
      from = text.length();
      return false;
    }

    int start() {
      return m.start();
    }

    int end() {
      return m.end();
    }

    String group() {
      return m.group();
    }
  }

  /**
   * Whether a match can start at {@code i}: every alternative of {@link #PLACEHOLDER} starts with
   * one of these characters (its case-insensitive parts ignore ASCII case only), and those that
   * start with a letter, but for 'lorem ipsum', may not follow a letter or digit.
   */
  private static boolean mayStart(String text, int i) {
    char c = text.charAt(i);
    return switch (c) {
      case '{', '<', '[', '_', 'l', 'L' -> true;
      case 'T', 't', 'F', 'X', 'x', 'N', 'n' -> i == 0 || !asciiLetterOrDigit(text.charAt(i - 1));
      default -> false;
    };
  }

  private static boolean asciiLetterOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  private static String message(String found) {
    return "'"
        + found
        + "' is a placeholder or a drafting note, and would be published as it is; write the"
        + " text it stands for, or remove it";
  }
}
