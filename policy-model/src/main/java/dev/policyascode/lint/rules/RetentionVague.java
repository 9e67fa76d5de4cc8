package dev.policyascode.lint.rules;

import dev.policyascode.diagnostics.Finding;
import dev.policyascode.diagnostics.RuleMeta;
import dev.policyascode.diagnostics.Severity;
import dev.policyascode.lint.api.AbstractRule;
import dev.policyascode.lint.api.VersionContext;
import dev.policyascode.model.*;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "As long as necessary" is not a period: the notice must give the period, or the criteria that fix
 * it (Art. 13(2)(a); WP260 rev.01, para. 36 and Annex).
 */
public final class RetentionVague extends AbstractRule {

  public static final RuleMeta META =
      new RuleMeta(
          "retention-vague",
          "retention",
          Severity.WARNING,
          "A retention phrase such as 'as long as necessary' that gives no period",
          "Art. 13(2)(a); Article 29 Working Party, Guidelines on transparency (WP260 rev.01),"
              + " Annex: the period, or the criteria, must let people assess how long");

  public RetentionVague() {
    super(META);
  }

  static final Pattern VAGUE =
      Pattern.compile(
          "(?i)\\b(?:as long as (?:is )?(?:necessary|needed|required)"
              + "|for (?:the|as long a) (?:time|period) (?:necessary|needed|required)"
              + "|no longer than (?:is )?(?:necessary|needed|required)"
              + "|for as long as (?:is )?(?:necessary|needed|required))\\b");

  /** A vague period where it is in its text, whichever version has the text. */
  private record Vague(int start, int end, String group) {}

  private static java.util.List<Vague> vague(String text) {
    java.util.List<Vague> found = new java.util.ArrayList<>();
    Matcher m = VAGUE.matcher(text);
    while (m.find()) found.add(new Vague(m.start(), m.end(), m.group()));
    return java.util.List.copyOf(found);
  }

  @Override
  public void check(VersionContext context, Consumer<Finding> report) {
    // A criterion is the period's words: "as long as necessary" there is as vague as in the text.
    for (var rule : context.version().registers().retention()) {
      if (!(rule.period() instanceof dev.policyascode.model.HowLong.Criterion c)) continue;
      Matcher m = VAGUE.matcher(c.text());
      if (m.find()) {
        report.accept(
            Finding.of(
                META,
                rule.locator("criterion").locate(c.text(), m.start(), m.end() - m.start()),
                "the criterion of '"
                    + rule.id()
                    + "' ('"
                    + m.group()
                    + "') gives no period; name what ends the retention, such as until:"
                    + " account-closed, or the event and the period that follows it"));
      }
    }
    for (Prose prose : context.version().texts()) {
      // found once per lint run for all the versions that share the text, placed in each
      for (Vague m : context.perText(RetentionVague.class, prose, RetentionVague::vague)) {
        report.accept(
            Finding.of(
                META,
                prose.at(m.start(), m.end() - m.start()),
                "'"
                    + m.group()
                    + "' gives no period; say how long (a retention rule with its {period}) or the"
                    + " criterion that ends the retention, such as the end of the contract"));
      }
    }
  }
}
