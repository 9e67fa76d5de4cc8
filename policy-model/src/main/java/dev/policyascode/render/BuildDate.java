package dev.policyascode.render;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * The day a site is built as of: which version is in force on its pages, which is announced. It
 * comes from the build, never from the clock when the build names one, so that two builds of one
 * commit give the same pages, and a build scheduled on an effective date switches the page.
 *
 * @param date the day, in UTC
 * @param source where it came from, in words for the log
 */
public record BuildDate(LocalDate date, String source) {

  /**
   * The first of: the date the project sets, {@code project.build.outputTimestamp}, {@code
   * SOURCE_DATE_EPOCH}, today (UTC).
   *
   * @param parameter a date YYYY-MM-DD, or null or blank for none
   * @param outputTimestamp Maven's reproducible-build timestamp (an ISO-8601 instant or seconds
   *     since 1970); null, blank or one character (Maven's way of switching it off) for none
   * @param sourceDateEpoch the environment variable of reproducible-builds.org, seconds since 1970
   * @param today the day to fall back on
   * @throws IllegalArgumentException naming the setting whose value is not a date
   */
  public static BuildDate of(
      String parameter, String outputTimestamp, String sourceDateEpoch, LocalDate today) {
    if (present(parameter)) {
      try {
        return new BuildDate(LocalDate.parse(parameter.strip()), "buildDate (policy.buildDate)");
      } catch (DateTimeException e) {
        throw new IllegalArgumentException(
            "buildDate (policy.buildDate) is '"
                + parameter
                + "', which is not a date; write it as YYYY-MM-DD, e.g. 2027-01-01");
      }
    }
    if (present(outputTimestamp) && outputTimestamp.strip().length() > 1) {
      return new BuildDate(
          timestamp(outputTimestamp.strip())
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "project.build.outputTimestamp is '"
                              + outputTimestamp
                              + "', which is neither an ISO-8601 instant (2026-01-01T00:00:00Z)"
                              + " nor a number of seconds since 1970")),
          "project.build.outputTimestamp");
    }
    if (present(sourceDateEpoch)) {
      return new BuildDate(
          seconds(sourceDateEpoch.strip())
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "the environment variable SOURCE_DATE_EPOCH is '"
                              + sourceDateEpoch
                              + "', which is not a number of seconds since 1970")),
          "SOURCE_DATE_EPOCH");
    }
    return new BuildDate(
        today,
        "today's date (UTC), as neither policy.buildDate,"
            + " project.build.outputTimestamp nor SOURCE_DATE_EPOCH is set");
  }

  private static boolean present(String s) {
    return s != null && !s.isBlank();
  }

  private static Optional<LocalDate> timestamp(String s) {
    if (s.chars().allMatch(Character::isDigit)) return seconds(s);
    try {
      return Optional.of(OffsetDateTime.parse(s).atZoneSameInstant(ZoneOffset.UTC).toLocalDate());
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private static Optional<LocalDate> seconds(String s) {
    try {
      return Optional.of(
          Instant.ofEpochSecond(Long.parseLong(s)).atZone(ZoneOffset.UTC).toLocalDate());
    } catch (NumberFormatException | DateTimeException e) {
      return Optional.empty();
    }
  }
}
