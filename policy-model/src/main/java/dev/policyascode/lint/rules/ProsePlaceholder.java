package dev.policyascode.lint.rules;

import dev.policyascode.lint.Finding;
import dev.policyascode.lint.Rule;
import dev.policyascode.lint.RuleMeta;
import dev.policyascode.lint.Severity;
import dev.policyascode.lint.VersionContext;
import dev.policyascode.model.*;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A placeholder or a drafting leftover in the text: TODO, TBD, FIXME, XXX, lorem ipsum, [Company
 * Name], &lt;insert date&gt;, {{name}}, [date]. Published, it tells people nothing.
 */
public final class ProsePlaceholder implements Rule {

  public static final RuleMeta META =
      new RuleMeta(
          "prose-placeholder",
          "prose",
          Severity.ERROR,
          "A placeholder or drafting note left in the text",
          "Art. 12(1) and 13: the information must actually be given");

  /** Words that bracketed placeholders of templates are made of. */
  private static final String SLOT_WORDS =
      "insert|add|enter|fill(?:\\s+in)?|company|company name|name|date|address|e-?mail|phone|"
          + "telephone|url|website|country|city|dpo|controller|placeholder|your [\\p{L} ]+|"
          + "organi[sz]ation|business|period|x+|•|●|…|\\.\\.\\.|_+";

  private static final Pattern PLACEHOLDER =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}])(TODO|TBD|TBC|FIXME|XXX+)(?![\\p{L}\\p{N}])"
              + "|(?i:lorem ipsum)"
              + "|\\{\\{[^}\\n]{0,60}\\}\\}"
              + "|<(?i:insert|add|enter)[^>\\n]{0,60}>"
              + "|\\[(?i:(?:"
              + SLOT_WORDS
              + ")(?:[^\\]\\n]{0,40})?)\\](?![(\\[:])"
              + "|_{4,}");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(VersionContext context, Consumer<Finding> report) {
    for (Prose prose : context.version().texts()) {
      Matcher m = PLACEHOLDER.matcher(context.scan(prose).words());
      while (m.find()) {
        report.accept(
            Finding.of(META, prose.at(m.start(), m.end() - m.start()), message(m.group())));
      }
    }
    for (Section s : context.version().allSections()) {
      plain(s.title(), s.titleAt(), report);
    }
    // the registers' plain words are shown on the page too: names, descriptions, purposes
    Registers r = context.version().registers();
    for (DataCategory c : r.dataCategories()) {
      plain(c.name(), c.at(), report);
      c.description().ifPresent(d -> plain(d, c.at(), report));
      c.items().forEach(i -> plain(i, c.at(), report));
    }
    for (DataSubject d : r.dataSubjects()) {
      plain(d.name(), d.at(), report);
      d.description().ifPresent(x -> plain(x, d.at(), report));
    }
    for (Activity a : r.activities()) {
      plain(a.name(), a.at(), report);
      a.purposes().forEach(x -> plain(x, a.at(), report));
      a.legitimateInterest().ifPresent(x -> plain(x, a.at(), report));
    }
    for (RetentionRule x : r.retention()) x.from().ifPresent(f -> plain(f, x.at(), report));
    r.recipients().forEach(x -> plain(x.name(), x.at(), report));
    r.recipientCategories().forEach(x -> plain(x.name(), x.at(), report));
    r.definitions().forEach(d -> plain(d.term(), d.at(), report));
  }

  /** A value that is plain text, not CommonMark: placed at its entry. */
  private static void plain(String text, Position at, Consumer<Finding> report) {
    Matcher m = PLACEHOLDER.matcher(text);
    if (m.find()) report.accept(Finding.of(META, at, message(m.group())));
  }

  private static String message(String found) {
    return "'"
        + found
        + "' is a placeholder or a drafting note, and would be published as it is; write the"
        + " text it stands for, or remove it";
  }
}
