package dev.policyascode.lint.rules;

import dev.policyascode.diagnostics.Finding;
import dev.policyascode.diagnostics.RuleMeta;
import dev.policyascode.diagnostics.Severity;
import dev.policyascode.lint.api.AbstractRule;
import dev.policyascode.lint.api.VersionContext;
import dev.policyascode.model.*;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A heading run into its paragraph: a title that is a sentence (it ends with a full stop, a colon
 * or an ellipsis, or is too long for a heading), or a body that goes on from the title (it starts
 * in lower case) or repeats it. The table of contents then shows a sentence, and the page a
 * paragraph cut in two.
 */
public final class ProseHeadingRunIn extends AbstractRule {

  public static final RuleMeta META =
      new RuleMeta(
          "prose-heading-run-in",
          "prose",
          Severity.WARNING,
          "A section title that is the start of its paragraph rather than a heading",
          "Art. 12(1) GDPR: information in an easily accessible, intelligible form");

  public ProseHeadingRunIn() {
    super(META);
  }

  /**
   * Longer than this, a title is a sentence: real headings of 13 and 14 words exist (\"Lawful bases
   * for processing personal data applicable to EEA and UK end users\").
   */
  static final int MAX_WORDS = 15;

  @Override
  public void check(VersionContext context, Consumer<Finding> report) {
    for (Section s : context.version().allSections()) {
      problem(context, s)
          .ifPresent(
              why ->
                  report.accept(
                      Finding.of(
                          META,
                          s.titleAt(),
                          "the title of section '"
                              + s.id()
                              + "' "
                              + why
                              + "; make the title a short heading and move the sentence into"
                              + " the body")));
    }
  }

  static Optional<String> problem(VersionContext context, Section s) {
    String title = s.title().strip();
    String body = s.body().map(p -> p.text().stripLeading()).orElse("");
    int words = title.split("\\s+").length;
    if (!body.isEmpty() && Character.isLowerCase(body.codePointAt(0))) {
      return Optional.of("runs on into the body, which starts in lower case");
    }
    if (title.endsWith("…") || title.endsWith("...")) {
      return Optional.of("ends with an ellipsis, as a cut sentence does");
    }
    // 'Right to Know.' is a heading with a stray full stop; five words and more make a sentence
    if (title.endsWith(".") && words >= 5 && !title.matches(".*\\b(etc|Inc|Ltd|Co)\\.$")) {
      return Optional.of("ends with a full stop, as a sentence does");
    }
    if (title.endsWith(":") || title.endsWith(";") || title.endsWith(",")) {
      return Optional.of("ends with '" + title.charAt(title.length() - 1) + "', as a lead-in does");
    }
    if (words > MAX_WORDS) {
      return Optional.of(
          "has " + words + " words, more than a heading (" + MAX_WORDS + " at most)");
    }
    String t = title.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} ]", "");
    if (t.split(" ").length >= 3 && s.body().isPresent() && bodyWords(context, s).startsWith(t)) {
      return Optional.of("is repeated as the first words of the body");
    }
    return Optional.empty();
  }

  /**
   * The body's letters, digits, spaces and line breaks in lower case, stripped: what a title may
   * repeat. Worked out once per lint run for all the versions that share the body ({@link
   * VersionContext#perText}), as the pattern read the whole of every body of every version.
   */
  private static String bodyWords(VersionContext context, Section s) {
    return context.perText(
        ProseHeadingRunIn.class,
        s.body().orElseThrow(),
        text ->
            text.stripLeading()
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N} \\n]", "")
                .strip());
  }
}
