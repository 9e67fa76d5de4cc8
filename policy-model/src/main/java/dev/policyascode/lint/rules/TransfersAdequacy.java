package dev.policyascode.lint.rules;

import dev.policyascode.diagnostics.Finding;
import dev.policyascode.diagnostics.RuleMeta;
import dev.policyascode.diagnostics.Severity;
import dev.policyascode.gdpr.AdequacyDecisions;
import dev.policyascode.gdpr.Eea;
import dev.policyascode.lint.api.AbstractRule;
import dev.policyascode.lint.api.VersionContext;
import dev.policyascode.load.Organisations;
import dev.policyascode.model.*;
import java.util.function.Consumer;

/**
 * A transfer on an adequacy decision needs a decision for that country in force on the version's
 * effective date (the list is in {@code dev/policyascode/gdpr/adequacy.json}).
 */
public final class TransfersAdequacy extends AbstractRule {

  public static final RuleMeta META =
      new RuleMeta(
          "transfers-adequacy",
          "transfers",
          Severity.ERROR,
          "An adequacy decision claimed for a country that has none in force",
          "Art. 45(1) and (3): a transfer on an adequacy decision of the Commission");

  public TransfersAdequacy() {
    super(META);
  }

  /**
   * "India (IN)": the country's English name, so a lawyer need not know the code; for an
   * international organisation's id, its name.
   */
  static String name(String code) {
    var organisation = Organisations.name(code);
    if (organisation.isPresent()) return "the " + organisation.get();
    return new java.util.Locale("", code).getDisplayCountry(java.util.Locale.ENGLISH)
        + " ("
        + code
        + ")";
  }

  /** A past decision with its end, so that the reader sees at once why it no longer counts. */
  static String known(AdequacyDecisions.Decision d) {
    String end =
        d.until()
            .map(
                u ->
                    (d.end().orElse("").equals("sunset") ? ", which expired after " : ", ended ")
                        + u)
            .orElse("");
    return d.decision() + end;
  }

  @Override
  public void check(VersionContext context, Consumer<Finding> report) {
    var effective = context.version().effective();
    for (Transfer t : context.version().registers().transfers()) {
      if (t.safeguard() != Safeguard.ADEQUACY_DECISION) continue;
      // An organisation is never excused as inside the EEA, wherever it sits (Art. 44).
      if (t.country().filter(c -> Eea.contains(c, effective)).isPresent()) continue;
      if (AdequacyDecisions.inForce(t.destination(), effective).isPresent()) continue;
      var past = AdequacyDecisions.forCountry(t.destination());
      String why =
          past.isEmpty()
              ? "the European Commission has taken no adequacy decision for "
                  + name(t.destination())
              : "no adequacy decision for "
                  + name(t.destination())
                  + " was in force on "
                  + effective
                  + " (known: "
                  + String.join("; ", past.stream().map(TransfersAdequacy::known).toList())
                  + ")";
      report.accept(
          Finding.of(
              META,
              t.at("safeguard"),
              why
                  + "; use another safeguard, such as standard-contractual-clauses, or correct the"
                  + (t.toOrganisation() ? " organisation" : " country")));
    }
  }
}
