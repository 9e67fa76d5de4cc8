package dev.policyascode.lint.rules;

import dev.policyascode.diagnostics.Finding;
import dev.policyascode.diagnostics.RuleMeta;
import dev.policyascode.diagnostics.Severity;
import dev.policyascode.lint.api.AbstractRule;
import dev.policyascode.lint.api.VersionContext;
import dev.policyascode.model.*;
import dev.policyascode.text.ProseScan;
import java.util.function.Consumer;

/** A link such as [](#account-cancellation) must name the id of a section of the same version. */
public final class XrefUnknownSection extends AbstractRule {

  public static final RuleMeta META =
      new RuleMeta(
          "xref-unknown-section",
          "xref",
          Severity.ERROR,
          "A link to a section id that does not exist",
          "Art. 12(1): information in a concise, transparent and intelligible form");

  public XrefUnknownSection() {
    super(META);
  }

  @Override
  public void check(VersionContext context, Consumer<Finding> report) {
    var ids = context.numbering().all().values().stream().map(Section::id).toList();
    for (Prose prose : context.version().texts()) {
      for (ProseScan.LinkAt link : context.scan(prose).links()) {
        if (!link.destination().startsWith("#")) continue;
        String id = link.destination().substring(1);
        if (context.numbering().section(id).isPresent()) continue;
        String hint =
            dev.policyascode.load.DidYouMean.closest(id, ids)
                .map(c -> "did you mean '#" + c + "'? ")
                .orElse("");
        if (id.isEmpty()) {
          report.accept(
              Finding.of(
                  META,
                  prose.at(link.offset(), link.length()),
                  "the link points at '#' alone; write the id of the section it refers to, such as"
                      + " [](#"
                      + ids.get(0)
                      + ")"));
          continue;
        }
        report.accept(
            Finding.of(
                META,
                prose.at(link.offset(), link.length()),
                "the link points at '#"
                    + id
                    + "', but no section has the id '"
                    + id
                    + "'; "
                    + hint
                    + "link to the id of an existing section"));
      }
    }
  }
}
