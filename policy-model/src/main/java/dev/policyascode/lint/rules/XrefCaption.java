package dev.policyascode.lint.rules;

import dev.policyascode.diagnostics.Finding;
import dev.policyascode.diagnostics.RuleMeta;
import dev.policyascode.diagnostics.Severity;
import dev.policyascode.lint.api.AbstractRule;
import dev.policyascode.lint.api.VersionContext;
import dev.policyascode.model.*;
import dev.policyascode.text.ProseScan;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A reference whose caption names another section: 'section 5.2 (Security)' or [](#duration)
 * "Security" when section 5.2, #duration, is Duration and Security is 5.1. Only a caption that
 * names another section's title is reported: other words in brackets are left alone.
 */
public final class XrefCaption extends AbstractRule {

  public static final RuleMeta META =
      new RuleMeta(
          "xref-caption",
          "xref",
          Severity.ERROR,
          "A reference whose caption names a different section than the one it points at",
          "Art. 12(1) GDPR: information in a concise, transparent and intelligible form");

  public XrefCaption() {
    super(META);
  }

  /** A caption right after a reference: in brackets or in quotes. */
  private static final Pattern CAPTION =
      Pattern.compile("^\\s*(?:\\(([^()\\n]{2,100})\\)|[“\"]([^“”\"\\n]{2,100})[”\"])");

  /** Link words that only say what kind of part it is, and let the number be filled in. */
  private static final Pattern KIND_WORDS =
      Pattern.compile("(?i)\\s*((sub-?)?section|article|chapter|clause|§)?\\s*[\\d.]*\\s*");

  @Override
  public void check(VersionContext context, Consumer<Finding> report) {
    Map<String, String> normals = new java.util.HashMap<>();
    for (Prose prose : context.version().texts()) {
      ProseScan scan = context.scan(prose);
      String words = scan.words();
      for (NumberReferences.NumberRef ref : NumberReferences.in(context, prose)) {
        if (ref.kind() != NumberReferences.Kind.SECTION) continue;
        Optional<Section> target = context.numbering().byNumber(ref.number());
        if (target.isEmpty()) continue;
        captionAfter(words, ref.offset() + ref.length())
            .ifPresent(
                caption ->
                    compare(
                        context,
                        prose,
                        ref.offset(),
                        ref.length(),
                        target.get(),
                        caption,
                        normals,
                        report));
      }
      for (ProseScan.LinkAt link : scan.links()) {
        if (!link.destination().startsWith("#")) continue;
        Optional<Section> target = context.numbering().section(link.destination().substring(1));
        if (target.isEmpty()) continue;
        String text = prose.text();
        int close = text.indexOf("](", link.offset());
        String linkWords = close > link.offset() ? text.substring(link.offset() + 1, close) : "";
        Optional<String> caption =
            KIND_WORDS.matcher(linkWords).matches()
                ? captionAfter(words, link.offset() + link.length())
                : Optional.of(linkWords);
        caption.ifPresent(
            c ->
                compare(
                    context,
                    prose,
                    link.offset(),
                    link.length(),
                    target.get(),
                    c,
                    normals,
                    report));
      }
    }
  }

  private static Optional<String> captionAfter(String words, int end) {
    // Read in place from the reference on, not from a copy of the rest of the text: a copy per
    // reference took minutes on a paragraph of 3.7 MB on one line (issue 19).
    Matcher m = CAPTION.matcher(words).region(Math.min(end, words.length()), words.length());
    if (!m.lookingAt()) return Optional.empty();
    return Optional.of(m.group(1) != null ? m.group(1) : m.group(2));
  }

  private static void compare(
      VersionContext context,
      Prose prose,
      int offset,
      int length,
      Section target,
      String caption,
      Map<String, String> normals,
      Consumer<Finding> report) {
    if (names(caption, target.title(), normals)) return;
    for (var e : context.numbering().all().entrySet()) {
      Section other = e.getValue();
      if (other == target || !names(caption, other.title(), normals)) continue;
      String targetNumber = context.numbering().number(target.id()).orElse("?");
      report.accept(
          Finding.of(
              META,
              prose.at(offset, length),
              "the reference points at section "
                  + targetNumber
                  + " ("
                  + target.title()
                  + "), but its caption '"
                  + caption.strip()
                  + "' names section "
                  + e.getKey()
                  + " ("
                  + other.title()
                  + "); point it at [](#"
                  + other.id()
                  + "), or correct the caption"));
      return;
    }
  }

  /** Whether a caption names a title: the same words, or one of them contains the other. */
  static boolean names(String caption, String title) {
    return names(caption, title, new java.util.HashMap<>());
  }

  /**
   * {@link #names(String, String)}, with the titles (and captions) made plain once in {@code
   * normals}: every reference is compared with every title, tens of thousands in a long text.
   */
  private static boolean names(String caption, String title, Map<String, String> normals) {
    String c = normals.computeIfAbsent(caption, XrefCaption::normal);
    String t = normals.computeIfAbsent(title, XrefCaption::normal);
    if (c.isEmpty() || t.isEmpty()) return false;
    if (c.equals(t) || t.startsWith(c + " ") || c.startsWith(t + " ")) return true;
    Set<String> cw = significant(c);
    Set<String> tw = significant(t);
    return !cw.isEmpty() && tw.containsAll(cw) && cw.size() * 2 >= tw.size();
  }

  private static String normal(String s) {
    return s.toLowerCase(Locale.ROOT)
        .replaceAll("[’']s\\b", "")
        .replaceAll("[^\\p{L}\\p{N} ]", " ")
        .replaceAll("\\s+", " ")
        .strip();
  }

  private static Set<String> significant(String s) {
    return Arrays.stream(s.split(" ")).filter(w -> w.length() > 3).collect(Collectors.toSet());
  }
}
