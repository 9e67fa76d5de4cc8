package dev.policyascode.lint.rules;

import dev.policyascode.diagnostics.Finding;
import dev.policyascode.diagnostics.RuleMeta;
import dev.policyascode.diagnostics.Severity;
import dev.policyascode.lint.api.AbstractRule;
import dev.policyascode.lint.api.TextMemo;
import dev.policyascode.lint.api.VersionContext;
import dev.policyascode.model.Activity;
import dev.policyascode.model.DataCategory;
import dev.policyascode.model.PolicyVersion;
import dev.policyascode.model.Prose;
import dev.policyascode.model.Recipient;
import dev.policyascode.model.RecipientCategory;
import dev.policyascode.model.Ref;
import dev.policyascode.model.Registers;
import dev.policyascode.model.Section;
import dev.policyascode.register.Links;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.commonmark.renderer.text.TextContentRenderer;

/**
 * The reverse of {@link RegisterUncoveredEntry}: an activity covers a data category or recipient
 * that the text of the notice never shows, so the record of processing holds what the public is not
 * told (Art. 13(1)(e), 14(1)(d)). The notice shows an entry when the text, with its policy blocks
 * filled in, contains its name (for a data category also its description, or all of its items; for
 * a named recipient also the name of its category), whatever the case.
 */
public final class RegisterNotInNotice extends AbstractRule {

  public static final RuleMeta META =
      new RuleMeta(
          "register-not-in-notice",
          "register",
          Severity.WARNING,
          "An activity covers a data category or recipient that the notice's text never shows",
          "Art. 13(1)(e), 14(1)(d) and 30(1)(c)-(d) GDPR: the notice and the record agree");

  public RegisterNotInNotice() {
    super(META);
  }

  private static final TextContentRenderer PLAIN = dev.policyascode.text.Markdown.PLAIN_TEXT;

  @Override
  public void check(VersionContext context, Consumer<Finding> report) {
    Registers r = context.version().registers();
    Links links = new Links(r);
    String notice = noticeText(context);
    Set<String> reported = new HashSet<>();
    for (Activity a : r.activities()) {
      for (Ref ref : a.dataCategories()) {
        Optional<DataCategory> c = links.dataCategory(ref.id());
        if (c.isPresent() && !shown(notice, c.get()) && reported.add("c:" + ref.id())) {
          report.accept(missing(ref, a, "data category", c.get().name()));
        }
      }
      for (Ref ref : a.recipients()) {
        Optional<RecipientCategory> c = links.recipientCategory(ref.id());
        if (c.isPresent()
            && !shown(notice, c.get(), links.namedRecipients(List.of(ref)))
            && reported.add("r:" + ref.id())) {
          report.accept(missing(ref, a, "recipient category", c.get().name()));
        }
        Optional<Recipient> x = links.recipient(ref.id());
        if (x.isPresent()
            && !shown(notice, x.get(), links.recipientCategory(x.get().category().id()))
            && reported.add("r:" + ref.id())) {
          report.accept(missing(ref, a, "recipient", x.get().name()));
        }
      }
    }
  }

  private static Finding missing(Ref ref, Activity a, String what, String name) {
    return Finding.of(
        META,
        ref.at(),
        "the activity '"
            + a.id()
            + "' covers the "
            + what
            + " '"
            + name
            + "', which the text of the notice never shows; name it in the text, or show it with"
            + " a policy block, so that the public is told what the record of processing says");
  }

  private static boolean shown(String notice, DataCategory c) {
    if (contains(notice, c.name())) return true;
    if (c.description().isPresent() && contains(notice, trimEnd(c.description().get()))) {
      return true;
    }
    return !c.items().isEmpty() && c.items().stream().allMatch(i -> contains(notice, i));
  }

  private static boolean shown(String notice, RecipientCategory c, List<Recipient> named) {
    if (contains(notice, c.name())) return true;
    return !named.isEmpty() && named.stream().allMatch(x -> contains(notice, x.name()));
  }

  private static boolean shown(String notice, Recipient x, Optional<RecipientCategory> category) {
    return contains(notice, x.name())
        || category.map(c -> contains(notice, c.name())).orElse(false);
  }

  /**
   * What a reader of the notice sees: titles and texts, the policy blocks filled in; {@link
   * #normal}, as the whole of it was before its texts were made normal one by one (lower case is
   * the same text by text, as a line break stands between them, and runs of white space that meet
   * at a break are made one space here).
   */
  private static String noticeText(VersionContext context) {
    PolicyVersion v = context.version();
    List<String> parts = new ArrayList<>();
    v.preamble().map(p -> plain(context, p)).ifPresent(parts::add);
    for (Section s : v.allSections()) {
      parts.add(lower(s.title()));
      s.body().map(p -> plain(context, p)).ifPresent(parts::add);
    }
    return joined(parts).strip();
  }

  /**
   * {@code spaced(String.join("\n", parts))} for parts already {@link #spaced}: only where two
   * parts meet can white space still run, so the whole notice is not read again.
   */
  private static String joined(List<String> parts) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < parts.size(); i++) {
      String part = parts.get(i);
      boolean afterSpace = out.length() > 0 && out.charAt(out.length() - 1) == ' ';
      if (i > 0 && !afterSpace) {
        out.append(' ');
        afterSpace = true;
      }
      if (afterSpace && part.startsWith(" ")) out.append(part, 1, part.length());
      else out.append(part);
    }
    return out.toString();
  }

  /**
   * A text as shown, from its expansion that schema-unknown-ref also reads, in lower case with its
   * white space made one space. Rendered once per lint run for all the versions whose text expands
   * to the same CommonMark, with the same language and section numbers (a link to a section shows
   * its number): successive versions share almost all their texts, and rendering and normalising
   * each again took most of this rule's time (issue 18).
   */
  private static String plain(VersionContext context, Prose text) {
    String expanded = ExpandedTexts.of(context, text).markdown();
    return context
        .memo()
        .get(
            shownWith(context),
            expanded,
            () -> lower(PLAIN.render(ExpandedTexts.processor(context).document(expanded))));
  }

  /** What a text's rendering depends on besides its CommonMark, one object for equal versions. */
  private static Object shownWith(VersionContext context) {
    return context.computed(
        List.of(RegisterNotInNotice.class, "shown with"),
        () -> {
          Map<String, String> numbers = Map.copyOf(context.numbering().numbers());
          return context
              .memo()
              .canonical(
                  TextMemo.kind(RegisterNotInNotice.class, context.policy().language(), numbers),
                  16 * numbers.size());
        });
  }

  private static boolean contains(String notice, String words) {
    String w = normal(words);
    return !w.isEmpty() && notice.contains(w);
  }

  /** Lower case, one space for any run of white space, straight apostrophes. */
  private static String normal(String s) {
    return s.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("\\s+", " ").strip();
  }

  /** {@link #normal} but for the strip. */
  private static String lower(String s) {
    return spaced(s.toLowerCase(Locale.ROOT).replace('’', '\''));
  }

  /** {@code s.replaceAll("\\s+", " ")}: each run of {@code \s} (ASCII white space) one space. */
  private static String spaced(String s) {
    StringBuilder out = new StringBuilder(s.length());
    boolean inRun = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\013' || c == '\f' || c == '\r';
      if (!space) out.append(c);
      else if (!inRun) out.append(' ');
      inRun = space;
    }
    return out.toString();
  }

  private static String trimEnd(String s) {
    String t = s.strip();
    return t.endsWith(".") ? t.substring(0, t.length() - 1) : t;
  }
}
