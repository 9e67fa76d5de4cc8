package dev.policyascode.lint.rules;

import dev.policyascode.diagnostics.Finding;
import dev.policyascode.diagnostics.RuleMeta;
import dev.policyascode.diagnostics.Severity;
import dev.policyascode.gdpr.AdequacyDecisions;
import dev.policyascode.lint.api.AbstractRule;
import dev.policyascode.lint.api.VersionContext;
import dev.policyascode.model.*;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.function.Consumer;

/**
 * A transfer on an adequacy decision that is in force on the version's effective date but ends soon
 * after it, with no later decision known to take over: the notice will need a new safeguard while
 * it is still the version in force. (An ended decision is {@code transfers-adequacy}'s.)
 *
 * <p>The default of 180 days is about the time it takes to put another safeguard in place and
 * announce the change: to sign standard contractual clauses with a processor and run a transfer
 * impact assessment takes months, and a changed notice should be announced ahead (WP260 para.
 * 29-33). The UK decision's six-month extension of 2025 is the same length.
 */
public final class TransfersAdequacyExpiring extends AbstractRule {

  /** How many days after the effective date an end is reported, unless configured. */
  public static final int DEFAULT_DAYS = 180;

  public static final RuleMeta META =
      new RuleMeta(
          "transfers-adequacy-expiring",
          "transfers",
          Severity.WARNING,
          "A transfer on an adequacy decision that expires soon after the version takes effect",
          "Art. 45(3) and (5): a decision applies for the period it sets, and may end");

  private final int days;

  public TransfersAdequacyExpiring() {
    this(DEFAULT_DAYS);
  }

  /** Reports decisions that end within {@code days} days after the effective date. */
  public TransfersAdequacyExpiring(int days) {
    super(META);
    if (days < 0) throw new IllegalArgumentException("days must not be negative: " + days);
    this.days = days;
  }

  public int days() {
    return days;
  }

  @Override
  public void check(VersionContext context, Consumer<Finding> report) {
    LocalDate effective = context.version().effective();
    for (Transfer t : context.version().registers().transfers()) {
      if (t.safeguard() != Safeguard.ADEQUACY_DECISION) continue;
      AdequacyDecisions.inForce(t.destination(), effective)
          .filter(d -> d.until().isPresent())
          .filter(d -> ChronoUnit.DAYS.between(effective, d.until().orElseThrow()) <= days)
          // A renewal already adopted takes over the day after: nothing to do.
          .filter(
              d ->
                  AdequacyDecisions.inForce(t.destination(), d.until().orElseThrow().plusDays(1))
                      .isEmpty())
          .ifPresent(
              d ->
                  report.accept(
                      Finding.of(
                          META,
                          t.at("safeguard"),
                          "the adequacy decision for "
                              + TransfersAdequacy.name(t.destination())
                              + " ("
                              + d.decision()
                              + ") applies until "
                              + d.until().orElseThrow()
                              + ", "
                              + ChronoUnit.DAYS.between(effective, d.until().orElseThrow())
                              + " days after this version takes effect, and no renewal is known;"
                              + " plan another safeguard, such as standard-contractual-clauses,"
                              + " or a new version when the decision is renewed")));
    }
  }
}
