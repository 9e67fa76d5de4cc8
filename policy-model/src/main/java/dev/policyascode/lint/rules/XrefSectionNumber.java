package dev.policyascode.lint.rules;

import dev.policyascode.diagnostics.Finding;
import dev.policyascode.diagnostics.RuleMeta;
import dev.policyascode.diagnostics.Severity;
import dev.policyascode.lint.api.AbstractRule;
import dev.policyascode.lint.api.VersionContext;
import dev.policyascode.model.*;
import java.util.function.Consumer;

/**
 * Prose such as 'section 4.2 above' or 'Article 4.1' must point at a section that exists; numbers
 * are computed, so refer to sections by id.
 */
public final class XrefSectionNumber extends AbstractRule {

  public static final RuleMeta META =
      new RuleMeta(
          "xref-section-number",
          "xref",
          Severity.ERROR,
          "A section number written in the text that matches no section",
          "Art. 12(1): information in a concise, transparent and intelligible form");

  public XrefSectionNumber() {
    super(META);
  }

  @Override
  public void check(VersionContext context, Consumer<Finding> report) {
    // the registers' plain values too: a recipient's service or a transfer's details are shown in
    // the generated lists, and a wrong number there misleads as much as in a body
    java.util.Set<Prose> plain =
        java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    plain.addAll(context.plainTexts());
    for (Prose prose : context.allTexts()) {
      for (NumberReferences.NumberRef ref : NumberReferences.in(context, prose)) {
        if (ref.kind() == NumberReferences.Kind.LINK_TEXT) {
          context
              .numbering()
              .number(ref.target())
              .filter(actual -> !actual.equals(ref.number()))
              .ifPresent(
                  actual ->
                      report.accept(
                          Finding.of(
                              META,
                              prose.at(ref.offset(), ref.length()),
                              "the link's words say '"
                                  + ref.written()
                                  + "', but it points at section "
                                  + actual
                                  + "; write [section](#"
                                  + ref.target()
                                  + ") and the number is filled in")));
          continue;
        }
        if (ref.kind() != NumberReferences.Kind.SECTION) continue;
        if (context.numbering().byNumber(ref.number()).isPresent()) continue;
        report.accept(
            Finding.of(
                META,
                prose.at(ref.offset(), ref.length()),
                "'"
                    + ref.written()
                    + "' points at no section: "
                    + nearest(context, ref.number())
                    + (plain.contains(prose)
                        ? "; correct the number"
                        : "; correct the number, or better, link to the section's id, such as"
                            + " [section](#"
                            + example(context, ref.number())
                            + ")")));
      }
    }
  }

  /** What the text does have near the missing number, so the author can find the intended one. */
  private static String nearest(VersionContext context, String number) {
    String[] parts = number.split("\\.");
    if (parts.length == 1) {
      return "there is no section "
          + number
          + "; the sections are 1 to "
          + context.version().sections().size();
    }
    String parent = number.substring(0, number.lastIndexOf('.'));
    return context
        .numbering()
        .byNumber(parent)
        .map(
            p ->
                p.sections().isEmpty()
                    ? "section " + parent + " (" + p.title() + ") has no subsections"
                    : p.sections().size() == 1
                        ? "section "
                            + parent
                            + " ("
                            + p.title()
                            + ") has one subsection, "
                            + parent
                            + ".1"
                        : "section "
                            + parent
                            + " ("
                            + p.title()
                            + ") has subsections "
                            + parent
                            + ".1 to "
                            + parent
                            + "."
                            + p.sections().size())
        .orElse("there is no section " + parent);
  }

  /** The id of the closest existing section: the parent of the missing number, or the first. */
  private static String example(VersionContext context, String number) {
    String n = number;
    while (n.contains(".")) {
      n = n.substring(0, n.lastIndexOf('.'));
      var parent = context.numbering().byNumber(n);
      if (parent.isPresent()) return parent.get().id();
    }
    var all = context.numbering().all().values();
    return all.isEmpty() ? "section-id" : all.iterator().next().id();
  }
}
