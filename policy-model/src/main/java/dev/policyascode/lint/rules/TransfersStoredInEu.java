package dev.policyascode.lint.rules;

import dev.policyascode.diagnostics.Finding;
import dev.policyascode.diagnostics.RuleMeta;
import dev.policyascode.diagnostics.Severity;
import dev.policyascode.gdpr.Eea;
import dev.policyascode.lint.api.AbstractRule;
import dev.policyascode.lint.api.VersionContext;
import dev.policyascode.load.Organisations;
import dev.policyascode.model.*;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The text says data stays in the EU or EEA while a recipient is elsewhere. */
public final class TransfersStoredInEu extends AbstractRule {

  public static final RuleMeta META =
      new RuleMeta(
          "transfers-stored-in-eu",
          "transfers",
          Severity.ERROR,
          "Text that says the data stays in the EU while a recipient is outside the EEA",
          "Art. 5(1)(a) (transparency) and Art. 13(1)(f)");

  public TransfersStoredInEu() {
    super(META);
  }

  // The sentence must be about the data ("we store your data", "data is hosted"), not about the
  // person ("if you are located in the European Union"), which the corpus showed is common.
  private static final String WHERE =
      "[^.]{0,30}?\\bin the (?:European Union|EU|European Economic Area|EEA)\\b";
  static final Pattern CLAIM =
      Pattern.compile(
          "(?i)\\b(?:data|information|servers?)\\b[^.]{0,40}?"
              + "\\b(?:stored|hosted|kept|processed|located)\\b"
              + WHERE
              + "|\\b(?:stores?|hosts?|keeps?|process(?:es)?)\\b[^.]{0,40}?\\b(?:data|information)\\b"
              + WHERE);

  /** An international organisation is outside the EU wherever it sits (Art. 44). */
  private static boolean toOrganisation(VersionContext context, Recipient r) {
    return context.version().registers().transfers().stream()
        .anyMatch(t -> t.toOrganisation() && t.recipient().id().equals(r.id()));
  }

  @Override
  public void check(VersionContext context, Consumer<Finding> report) {
    var outside =
        context.version().registers().recipients().stream()
            .filter(
                r -> Eea.outside(r, context.version().effective()) || toOrganisation(context, r))
            .map(r -> r.name() + " (" + Organisations.label(r) + ")")
            .toList();
    if (outside.isEmpty()) return;
    for (Prose prose : context.version().texts()) {
      Matcher m = CLAIM.matcher(prose.text());
      while (m.find()) {
        report.accept(
            Finding.of(
                META,
                prose.at(m.start(), m.end() - m.start()),
                "the text says '"
                    + m.group()
                    + "', but "
                    + String.join(", ", outside)
                    + " "
                    + (outside.size() == 1 ? "is" : "are")
                    + " outside the EEA; correct the sentence, or the recipients' countries"));
      }
    }
  }
}
