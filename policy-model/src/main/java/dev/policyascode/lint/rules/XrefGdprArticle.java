package dev.policyascode.lint.rules;

import dev.policyascode.diagnostics.Finding;
import dev.policyascode.diagnostics.RuleMeta;
import dev.policyascode.diagnostics.Severity;
import dev.policyascode.lint.api.AbstractRule;
import dev.policyascode.lint.api.VersionContext;
import dev.policyascode.model.*;
import java.util.function.Consumer;

/** The GDPR has 99 articles; 'Article 104 of the GDPR' is a typo. */
public final class XrefGdprArticle extends AbstractRule {

  public static final RuleMeta META =
      new RuleMeta(
          "xref-gdpr-article",
          "xref",
          Severity.ERROR,
          "A GDPR article number that does not exist",
          "Regulation (EU) 2016/679, Articles 1 to 99");

  public XrefGdprArticle() {
    super(META);
  }

  private static final int FIRST = 1;
  private static final int LAST = 99;

  @Override
  public void check(VersionContext context, Consumer<Finding> report) {
    for (Prose prose : context.allTexts()) {
      for (NumberReferences.NumberRef ref : NumberReferences.in(context, prose)) {
        if (ref.kind() != NumberReferences.Kind.GDPR_ARTICLE) continue;
        String whole = ref.number().split("\\.")[0];
        int article = whole.length() > 3 ? Integer.MAX_VALUE : Integer.parseInt(whole);
        if (article >= FIRST && article <= LAST && !ref.number().contains(".")) continue;
        String fix =
            ref.number().contains(".") && article >= FIRST && article <= LAST
                ? "write a paragraph in brackets: Article "
                    + ref.number().replaceFirst("\\.", "(")
                    + ")"
                : "check the number; paragraphs are written in brackets, such as Article 6(1)(f)";
        report.accept(
            Finding.of(
                META,
                prose.at(ref.offset(), ref.length()),
                "'"
                    + ref.written()
                    + "' is not an article of the GDPR, which has Articles "
                    + FIRST
                    + " to "
                    + LAST
                    + "; "
                    + fix));
      }
    }
  }
}
