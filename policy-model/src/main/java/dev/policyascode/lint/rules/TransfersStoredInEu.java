package dev.policyascode.lint.rules;

import dev.policyascode.diagnostics.Finding;
import dev.policyascode.diagnostics.RuleMeta;
import dev.policyascode.diagnostics.Severity;
import dev.policyascode.lint.api.AbstractRule;
import dev.policyascode.lint.api.VersionContext;
import dev.policyascode.load.Organisations;
import dev.policyascode.model.*;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text says the data stays in the EU or EEA, or in a country or a list of them, while a
 * recipient is elsewhere; unless the same sentence or the next names the recipients it goes to.
 */
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

  /** An international organisation is outside any country's claim wherever it sits (Art. 44). */
  private static boolean organisation(VersionContext context, Recipient r) {
    return r.internationalOrganisation().isPresent()
        || context.version().registers().transfers().stream()
            .anyMatch(t -> t.toOrganisation() && t.recipient().id().equals(r.id()));
  }

  @Override
  public void check(VersionContext context, Consumer<Finding> report) {
    List<Recipient> recipients = context.version().registers().recipients();
    if (recipients.isEmpty()) return;
    for (Prose prose : context.version().texts()) {
      String text = prose.text();
      for (StorageClaims.Claim claim : StorageClaims.in(context, prose)) {
        List<Recipient> elsewhere =
            recipients.stream()
                .filter(r -> organisation(context, r) || !claim.allows().test(r.country()))
                .toList();
        if (elsewhere.isEmpty() || qualified(text, claim.end(), elsewhere)) continue;
        List<String> named =
            elsewhere.stream().map(r -> r.name() + " (" + Organisations.label(r) + ")").toList();
        report.accept(
            Finding.of(
                META,
                prose.at(claim.start(), claim.end() - claim.start()),
                "the text says '"
                    + claim.words()
                    + "', but "
                    + String.join(", ", named)
                    + " "
                    + (named.size() == 1 ? "is" : "are")
                    + " elsewhere; correct the sentence, say in it or the next one which"
                    + " recipients the data goes to, or correct the recipients' countries"));
      }
    }
  }

  /**
   * Whether the rest of the claim's sentence, or the next sentence, names every recipient that
   * contradicts it, by its name or its country: "..., except Postwell Inc., which sends our emails
   * from the United States", which tells people where the data does go.
   */
  private static boolean qualified(String text, int from, List<Recipient> elsewhere) {
    int end = sentenceEnd(text, sentenceEnd(text, from) + 1);
    // a new paragraph is a new subject: the next sentence is in the same paragraph
    Matcher paragraph = PARAGRAPH_END.matcher(text);
    if (paragraph.find(from)) end = Math.min(end, paragraph.start());
    String rest = text.substring(from, Math.min(text.length(), end)).toLowerCase(Locale.ROOT);
    for (Recipient r : elsewhere) {
      boolean byName = rest.contains(r.name().toLowerCase(Locale.ROOT));
      boolean byCountry =
          StorageClaims.namesOf(r.country()).stream()
              .anyMatch(
                  n -> Pattern.compile("\\b" + Pattern.quote(n) + "\\b").matcher(rest).find());
      if (!byName && !byCountry) return false;
    }
    return true;
  }

  /** Where the sentence that holds {@code from} ends: at a full stop before a space, or the end. */
  private static int sentenceEnd(String text, int from) {
    Matcher m = SENTENCE_END.matcher(text);
    return from < text.length() && m.find(from) ? m.end() : text.length();
  }

  private static final Pattern SENTENCE_END = Pattern.compile("[.!?](?=\\s|$)");

  private static final Pattern PARAGRAPH_END = Pattern.compile("\\n\\s*\\n");
}
