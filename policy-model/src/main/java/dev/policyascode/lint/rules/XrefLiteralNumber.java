package dev.policyascode.lint.rules;

import dev.policyascode.diagnostics.Finding;
import dev.policyascode.diagnostics.RuleMeta;
import dev.policyascode.diagnostics.Severity;
import dev.policyascode.lint.api.AbstractRule;
import dev.policyascode.lint.api.VersionContext;
import dev.policyascode.model.*;
import java.util.function.Consumer;

/**
 * A typed number such as 'section 5.3' is right today and wrong after the next reordering; a link
 * to the id keeps it right.
 */
public final class XrefLiteralNumber extends AbstractRule {

  public static final RuleMeta META =
      new RuleMeta(
          "xref-literal-number",
          "xref",
          Severity.INFO,
          "A section number typed in the text instead of a link to the section's id",
          "Art. 12(1): information in a concise, transparent and intelligible form");

  public XrefLiteralNumber() {
    super(META);
  }

  @Override
  public void check(VersionContext context, Consumer<Finding> report) {
    for (Prose prose : context.version().texts()) {
      for (NumberReferences.NumberRef ref : NumberReferences.in(context, prose)) {
        if (ref.kind() == NumberReferences.Kind.LINK_TEXT) {
          if (context.numbering().number(ref.target()).filter(ref.number()::equals).isPresent()) {
            report.accept(
                Finding.of(
                    META,
                    prose.at(ref.offset(), ref.length()),
                    "the link's words type the number "
                        + ref.number()
                        + ", which goes wrong when"
                        + " sections move; write [section](#"
                        + ref.target()
                        + ") and the number is"
                        + " filled in"));
          }
          continue;
        }
        if (ref.kind() != NumberReferences.Kind.SECTION) continue;
        context
            .numbering()
            .byNumber(ref.number())
            .ifPresent(
                section ->
                    report.accept(
                        Finding.of(
                            META,
                            prose.at(ref.offset(), ref.length()),
                            "'"
                                + ref.written()
                                + "' is typed as a number and goes wrong when sections move;"
                                + " write it as a link to the section's id, [section](#"
                                + section.id()
                                + ")")));
      }
    }
  }
}
