package dev.policyascode.lint.rules;

import dev.policyascode.diagnostics.Finding;
import dev.policyascode.diagnostics.Position;
import dev.policyascode.diagnostics.RuleMeta;
import dev.policyascode.diagnostics.Severity;
import dev.policyascode.lint.api.AbstractRule;
import dev.policyascode.lint.api.PolicyContext;
import dev.policyascode.model.Prose;
import dev.policyascode.model.TranslatedText;
import dev.policyascode.translate.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A translated text whose links (to a section, a page, an address) or embedded {@code policy}
 * blocks are not those of its source text. Where a text points and what list or table it shows are
 * facts of the version, the same in every language: a French reader sent to another section, or
 * shown another list, than the English one is told something else.
 */
public final class TranslationsReferences extends AbstractRule {

  public static final RuleMeta META =
      new RuleMeta(
          "translations-references",
          "translations",
          Severity.ERROR,
          "References, links or embedded policy blocks that differ between languages",
          "GDPR Art. 12(1) and Art. 13: every language version gives the same information");

  /** A link's destination, {@code [words](#id)}, or an autolink, {@code <https://…>}. */
  private static final Pattern LINK =
      Pattern.compile("\\]\\(\\s*<?([^)\\s>]+)|<((?:https?|mailto):[^>\\s]+)>");

  /** An embedded block: {@code ```policy} to the closing fence. */
  private static final Pattern BLOCK =
      Pattern.compile("(?s)(?:^|\\n)[ \\t]*(```|~~~)policy[^\\n]*\\n(.*?)\\n[ \\t]*\\1");

  public TranslationsReferences() {
    super(META);
  }

  /** A link or block as the rule compares it, and where it is in its text. */
  record Ref(String what, int offset, int length) {}

  static List<Ref> refs(String text) {
    List<Ref> out = new ArrayList<>();
    Matcher m = LINK.matcher(text);
    while (m.find()) {
      int g = m.group(1) != null ? 1 : 2;
      out.add(new Ref(m.group(g), m.start(g), m.group(g).length()));
    }
    Matcher b = BLOCK.matcher(text);
    while (b.find()) {
      String body = b.group(2).strip().replaceAll("\\s+", " ");
      out.add(new Ref("policy block {" + body + "}", b.start(2), b.group(2).length()));
    }
    return out;
  }

  @Override
  public void checkPolicy(PolicyContext context, Consumer<Finding> report) {
    for (TranslationPairs.Pair p : TranslationPairs.of(context.policy())) {
      for (TranslatedText text : p.translation().texts()) {
        SourceText source = p.sources().get(text.key());
        if (source == null) continue;
        String language = p.translation().language();
        List<String> want =
            refs(source.text()).stream().map(r -> same(r.what(), language)).sorted().toList();
        List<Ref> have = refs(text.text().text());
        if (want.equals(have.stream().map(r -> same(r.what(), language)).sorted().toList())) {
          continue;
        }
        List<String> extra = new ArrayList<>(want);
        Position at = text.at("text");
        List<String> unknown = new ArrayList<>();
        for (Ref r : have) {
          if (extra.remove(same(r.what(), language))) continue;
          if (unknown.isEmpty()) at = place(text.text(), r);
          unknown.add(r.what());
        }
        StringBuilder m =
            new StringBuilder("the ")
                .append(TranslationPairs.name(language))
                .append(" text of ")
                .append(source.owner())
                .append(" does not point where the source text does:");
        if (!extra.isEmpty()) m.append(" the source has ").append(String.join(", ", extra));
        if (!extra.isEmpty() && !unknown.isEmpty()) m.append(", and");
        if (!unknown.isEmpty()) {
          m.append(" the translation has ").append(String.join(", ", unknown));
          m.append(" where the source does not");
        }
        m.append("; links and embedded blocks are written as in the source, only words change");
        report.accept(TranslationPairs.graded(Finding.of(META, at, m.toString()), p.translation()));
      }
    }
  }

  /**
   * A link as the rule compares it: percent-escapes decoded ({@code %3A} is {@code :}), a final
   * slash dropped, and a path segment naming the translation's language left out, since {@code
   * https://example.com/fr/account} is the French page of {@code https://example.com/account}
   * (Login.gov's statements link so, in each of their languages).
   */
  static String same(String target, String language) {
    if (target.startsWith("policy block")) return target;
    String t = target;
    try {
      t =
          java.net.URLDecoder.decode(
              t.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      // a stray % is compared as written
    }
    String primary = language.split("-")[0];
    t =
        t.replaceFirst(
            "(?i)^(https?://[^/]+)/("
                + Pattern.quote(language)
                + "|"
                + Pattern.quote(primary)
                + ")(?=/|$)",
            "$1");
    return t.endsWith("/") ? t.substring(0, t.length() - 1) : t;
  }

  private static Position place(Prose prose, Ref r) {
    return prose.at(r.offset(), r.length());
  }
}
