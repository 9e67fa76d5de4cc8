package dev.policyascode.lint.rules;

import dev.policyascode.diagnostics.Finding;
import dev.policyascode.diagnostics.RuleMeta;
import dev.policyascode.diagnostics.Severity;
import dev.policyascode.lint.api.AbstractRule;
import dev.policyascode.lint.api.PolicyContext;
import dev.policyascode.model.Definition;
import dev.policyascode.model.TranslatedText;
import dev.policyascode.model.Translation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A defined term of the source language left as is in a translation that translates the term:
 * "Personal Data" in a French text whose definitions say "Données personnelles". The reader of the
 * translation looks up the defined meaning by the translated term and does not find this one.
 */
public final class TranslationsUntranslatedTerm extends AbstractRule {

  public static final RuleMeta META =
      new RuleMeta(
          "translations-untranslated-term",
          "translations",
          Severity.WARNING,
          "A defined term of the source language used untranslated in a translation",
          "GDPR Art. 12(1): clear and plain language; a term is read with its defined meaning"
              + " only under the name the definitions give it");

  public TranslationsUntranslatedTerm() {
    super(META);
  }

  @Override
  public void checkPolicy(PolicyContext context, Consumer<Finding> report) {
    for (TranslationPairs.Pair p : TranslationPairs.of(context.policy())) {
      Translation t = p.translation();
      for (Definition d : p.version().registers().definitions()) {
        String termKey = "definition." + d.id() + ".term";
        Optional<String> translated = t.text(termKey).map(x -> x.text().text().strip());
        // A term kept as is (a brand, "Cookies") is the translation's term too.
        if (translated.isEmpty() || translated.get().equalsIgnoreCase(d.term())) continue;
        List<String> names = new ArrayList<>(d.aliases());
        names.add(0, d.term());
        names.removeIf(n -> WholeWord.in(translated.get(), n));
        for (TranslatedText text : t.texts()) {
          if (text.key().equals(termKey)) continue;
          String words = text.text().text();
          for (String name : names) {
            int at = first(words, name);
            if (at < 0) continue;
            report.accept(
                TranslationPairs.graded(
                    Finding.of(
                        META,
                        text.text().at(at, name.length()),
                        "'"
                            + name
                            + "' is the source language's term; the "
                            + TranslationPairs.name(t.language())
                            + " translation defines it as '"
                            + translated.get()
                            + "': use that"),
                    t));
            break;
          }
        }
      }
    }
  }

  /** Where {@code name} first stands as whole words in {@code text}, or -1. */
  private static int first(String text, String name) {
    for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      if (WholeWord.boundedAt(text, at, at + name.length())) return at;
    }
    return -1;
  }
}
