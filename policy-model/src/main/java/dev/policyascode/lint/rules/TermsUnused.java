package dev.policyascode.lint.rules;

import dev.policyascode.diagnostics.Finding;
import dev.policyascode.diagnostics.RuleMeta;
import dev.policyascode.diagnostics.Severity;
import dev.policyascode.lint.api.AbstractRule;
import dev.policyascode.lint.api.TextMemo;
import dev.policyascode.lint.api.VersionContext;
import dev.policyascode.model.*;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** A definition whose term the text never uses: the reader learns a word that never comes. */
public final class TermsUnused extends AbstractRule {

  public static final RuleMeta META =
      new RuleMeta(
          "terms-unused",
          "terms",
          Severity.INFO,
          "A defined term that the text never uses",
          "Art. 12(1) GDPR: information in a concise form");

  public TermsUnused() {
    super(META);
  }

  @Override
  public void check(VersionContext context, Consumer<Finding> report) {
    PolicyVersion v = context.version();
    List<Definition> definitions = v.registers().definitions();
    // Every form of every term, numbered; each definition knows the numbers of its forms.
    Map<String, Integer> numbers = new LinkedHashMap<>();
    List<int[]> formsOf = new ArrayList<>();
    for (Definition d : definitions) {
      List<Integer> own = new ArrayList<>();
      for (String name : TermForms.names(d)) {
        for (String form : TermForms.forms(name)) {
          own.add(numbers.computeIfAbsent(form, f -> numbers.size()));
        }
      }
      formsOf.add(own.stream().mapToInt(Integer::intValue).toArray());
    }
    List<String> forms = List.copyOf(numbers.keySet());
    Uses uses = new Uses(forms);
    // each text's running words (shared with the other term rules), and every term looked for in
    // one pass over each: once per term took minutes for 80,000 definitions. Which forms a text
    // holds depends on it and the forms alone, so it is found once per lint run for all the
    // versions that share the text and the forms (most revisions add no term), not per version.
    TextMemo memo = context.memo();
    int weight = 16 * forms.size();
    Object inTexts = memo.canonical(TextMemo.kind(TermsUnused.class, "text", forms), weight);
    Object inTitles = memo.canonical(TextMemo.kind(TermsUnused.class, "title", forms), weight);
    for (Prose p : v.texts()) {
      int[] found = context.perText(inTexts, p, t -> uses.formsIn(context.words(p).words()));
      for (int form : found) uses.found(form, p);
    }
    for (Section s : v.allSections()) {
      String title = s.title();
      for (int form : memo.get(inTitles, title, () -> uses.formsIn(title))) uses.found(form, null);
    }
    for (int i = 0; i < definitions.size(); i++) {
      Definition d = definitions.get(i);
      boolean used = false;
      for (int form : formsOf.get(i)) used = used || uses.elsewhere(form, d.meaning());
      if (used) continue;
      report.accept(
          Finding.of(
              META,
              d.at("term"),
              "the term '"
                  + d.term()
                  + "' is defined but never used in the text; remove the definition, or use the"
                  + " term where the text means it"));
    }
  }

  /**
   * Where each form is used: in a title, or in which texts. Two texts are enough to know that one
   * of them is not the definition's own meaning, so no more are kept.
   */
  private static final class Uses {
    private final List<String> forms;
    private PhraseScanner scanner; // made when a text is first read: most versions read none
    private final Prose[] first;
    private final boolean[] inTitleOrTwoTexts;
    private final int empty; // the number of the empty form, which no scanner finds; -1 if none

    Uses(List<String> forms) {
      this.forms = forms;
      this.empty = forms.indexOf("");
      this.first = new Prose[forms.size()];
      this.inTitleOrTwoTexts = new boolean[forms.size()];
    }

    /** The numbers of the forms that {@code text} uses, each once, in increasing order. */
    int[] formsIn(String text) {
      if (scanner == null) {
        // the empty form stands in the list as a character no text holds, to keep the numbers
        scanner = new PhraseScanner(forms.stream().map(f -> f.isEmpty() ? "\uFFFF" : f).toList());
      }
      java.util.BitSet found = new java.util.BitSet(forms.size());
      scanner.scan(text, found::set);
      if (empty >= 0 && WholeWord.in(text, forms.get(empty))) found.set(empty);
      return found.stream().toArray();
    }

    /** Records that a text uses a form; {@code prose} is null for a title. */
    void found(int form, Prose prose) {
      if (prose == null || (first[form] != null && first[form] != prose)) {
        inTitleOrTwoTexts[form] = true;
      } else {
        first[form] = prose;
      }
    }

    /** Whether the form is used in a title, or in a text other than {@code own}. */
    boolean elsewhere(int form, Prose own) {
      return inTitleOrTwoTexts[form] || (first[form] != null && first[form] != own);
    }
  }
}
