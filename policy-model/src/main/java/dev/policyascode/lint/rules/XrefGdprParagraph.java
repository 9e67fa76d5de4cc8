package dev.policyascode.lint.rules;

import dev.policyascode.diagnostics.Finding;
import dev.policyascode.diagnostics.RuleMeta;
import dev.policyascode.diagnostics.Severity;
import dev.policyascode.lint.api.AbstractRule;
import dev.policyascode.lint.api.VersionContext;
import dev.policyascode.model.*;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 'Article 6(5) of the GDPR': a paragraph or point that the article does not have. Checked for the
 * often-cited articles listed, with their source, in {@code gdpr-paragraphs.properties}.
 */
public final class XrefGdprParagraph extends AbstractRule {

  public static final RuleMeta META =
      new RuleMeta(
          "xref-gdpr-paragraph",
          "xref",
          Severity.ERROR,
          "A paragraph or point of a GDPR article that does not exist",
          "Regulation (EU) 2016/679, OJ L 119, 4.5.2016 (the structure of its articles)");

  public XrefGdprParagraph() {
    super(META);
  }

  private static final Properties STRUCTURE = load();

  private static final Pattern BRACKETS = Pattern.compile("^\\((\\d+)\\)(?:\\(([a-z])\\))?");

  @Override
  public void check(VersionContext context, Consumer<Finding> report) {
    for (Prose prose : context.allTexts()) {
      String words = context.scan(prose).words();
      for (NumberReferences.NumberRef ref : NumberReferences.in(context, prose)) {
        if (ref.kind() != NumberReferences.Kind.GDPR_ARTICLE || ref.number().contains(".")) {
          continue;
        }
        String article = ref.number();
        String paragraphs = STRUCTURE.getProperty(article);
        if (paragraphs == null) continue;
        Matcher m = BRACKETS.matcher(words.substring(ref.offset() + ref.length()));
        if (!m.find()) continue;
        int paragraph = Integer.parseInt(m.group(1));
        int max = Integer.parseInt(paragraphs);
        String cited = "Article " + article + m.group();
        int length = ref.length() + m.end();
        if (paragraph < 1 || paragraph > max) {
          report.accept(
              Finding.of(
                  META,
                  prose.at(ref.offset(), length),
                  "'"
                      + cited
                      + "' does not exist: Article "
                      + article
                      + " of the GDPR "
                      + (max == 0
                          ? "has no numbered paragraphs; cite it as Article " + article
                          : "has paragraphs 1 to " + max)
                      + "; check the citation"));
          continue;
        }
        String last = STRUCTURE.getProperty(article + "." + paragraph);
        if (m.group(2) != null && last != null && m.group(2).compareTo(last) > 0) {
          report.accept(
              Finding.of(
                  META,
                  prose.at(ref.offset(), length),
                  "'"
                      + cited
                      + "' does not exist: Article "
                      + article
                      + "("
                      + paragraph
                      + ") of the GDPR has points (a) to ("
                      + last
                      + "); check the citation"));
        }
      }
    }
  }

  private static Properties load() {
    Properties p = new Properties();
    try (InputStream in =
        XrefGdprParagraph.class.getResourceAsStream("gdpr-paragraphs.properties")) {
      if (in == null) throw new IllegalStateException("gdpr-paragraphs.properties is missing");
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }
}
