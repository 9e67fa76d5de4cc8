package dev.policyascode.lint.rules;

import dev.policyascode.diagnostics.Finding;
import dev.policyascode.diagnostics.Severity;
import dev.policyascode.model.Policy;
import dev.policyascode.model.PolicyVersion;
import dev.policyascode.model.Translation;
import dev.policyascode.translate.SourceText;
import dev.policyascode.translate.SourceTexts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What the translation rules share: each translation beside its version's source texts. */
final class TranslationPairs {

  private TranslationPairs() {}

  /** A translation, the version it translates, and the version's texts by key. */
  record Pair(PolicyVersion version, Translation translation, Map<String, SourceText> sources) {}

  static List<Pair> of(Policy policy) {
    List<Pair> out = new ArrayList<>();
    for (PolicyVersion v : policy.versions()) {
      List<Translation> ts = policy.translationsOf(v.id());
      if (ts.isEmpty()) continue;
      Map<String, SourceText> sources = SourceTexts.of(v);
      for (Translation t : ts) out.add(new Pair(v, t, sources));
    }
    return out;
  }

  /** A problem of a draft translation is a warning: it must be solved by the time it publishes. */
  static Finding graded(Finding f, Translation t) {
    return t.isPublished() ? f : f.withSeverity(Severity.WARNING);
  }

  /** The language's name in English, for messages: "French" for fr. */
  static String name(String language) {
    String n = Locale.forLanguageTag(language).getDisplayLanguage(Locale.ENGLISH);
    return n.isEmpty() ? language : n;
  }
}
