package dev.policyascode.lint.rules;

import dev.policyascode.diagnostics.Finding;
import dev.policyascode.diagnostics.RuleMeta;
import dev.policyascode.diagnostics.Severity;
import dev.policyascode.lint.api.AbstractRule;
import dev.policyascode.lint.api.PolicyContext;
import dev.policyascode.model.PolicyVersion;
import dev.policyascode.versions.VersionLock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A new version announced too late: it takes effect fewer than the configured number of days
 * (default 30) after the day the lock says it was published. People are to be told of a change
 * before it applies, with time to read it and object or leave; GitHub, for one, announces changes
 * to its site policies 30 days ahead. The first version changes nothing that people knew, and a
 * lock line without a day of publication (written before the day was recorded) tells nothing:
 * neither is reported.
 */
public final class VersionsShortNotice extends AbstractRule {

  /** The notice period when the project sets none. */
  public static final int DEFAULT_DAYS = 30;

  public static final RuleMeta META =
      new RuleMeta(
          "versions-short-notice",
          "versions",
          Severity.WARNING,
          "A new version takes effect fewer than 30 days (configurable) after it was published",
          "GDPR Art. 12(1) and 13(3); WP260 rev.01 para. 29-33: changes are brought to people's"
              + " attention before they take effect");

  private final int days;

  public VersionsShortNotice() {
    this(DEFAULT_DAYS);
  }

  /**
   * @param days the least number of days between publication and effect
   * @throws IllegalArgumentException when {@code days} is negative
   */
  public VersionsShortNotice(int days) {
    super(META);
    if (days < 0) {
      throw new IllegalArgumentException(
          "the notice period of versions-short-notice is " + days + " days; it cannot be negative");
    }
    this.days = days;
  }

  /** The least number of days between publication and effect. */
  public int days() {
    return days;
  }

  @Override
  public void checkPolicy(PolicyContext context, Consumer<Finding> report) {
    VersionLock lock = context.history().lock().orElse(VersionLock.empty());
    List<PolicyVersion> versions = context.policy().versions(); // by effective date, then id
    for (PolicyVersion v : versions.subList(Math.min(1, versions.size()), versions.size())) {
      Optional<LocalDate> published = lock.entry(v.id()).flatMap(VersionLock.Entry::published);
      if (published.isEmpty()) continue;
      long ahead = ChronoUnit.DAYS.between(published.get(), v.effective());
      if (ahead >= days) continue;
      report.accept(
          Finding.of(
              META,
              v.at("effective"),
              "this version takes effect on "
                  + v.effective()
                  + ", "
                  + (ahead < 0
                      ? -ahead + " days before it was published"
                      : ahead == 1
                          ? "1 day after it was published"
                          : ahead + " days after it was published")
                  + " on "
                  + published.get()
                  + " ("
                  + context.history().lockFile()
                  + "); people are to be told of a change before it applies: publish a new"
                  + " version at least "
                  + days
                  + " days before its effective date, or accept this one in the baseline with"
                  + " the reason the change could not wait"));
    }
  }
}
