package dev.policyascode.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BuildDateTest {

  static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

  @Test
  void theParameterComesFirstThenTheOutputTimestampThenSourceDateEpochThenToday() {
    assertEquals(
        new BuildDate(LocalDate.of(2027, 1, 1), "buildDate (policy.buildDate)"),
        BuildDate.of("2027-01-01", "2026-01-01T00:00:00Z", "0", TODAY));
    assertEquals(
        new BuildDate(LocalDate.of(2026, 1, 1), "project.build.outputTimestamp"),
        BuildDate.of(" ", "2026-01-01T00:00:00Z", "0", TODAY));
    assertEquals(
        new BuildDate(LocalDate.of(1970, 1, 1), "SOURCE_DATE_EPOCH"),
        BuildDate.of(null, null, "0", TODAY));
    BuildDate today = BuildDate.of(null, "", "", TODAY);
    assertEquals(TODAY, today.date());
    assertTrue(today.source().startsWith("today's date (UTC)"), today.source());
  }

  @Test
  void theOutputTimestampIsReadInUtcAsAnInstantOrSeconds() {
    // 23:30 at UTC-2 is already the next day in UTC.
    assertEquals(
        LocalDate.of(2027, 1, 1),
        BuildDate.of(null, "2026-12-31T23:30:00-02:00", null, TODAY).date());
    assertEquals(LocalDate.of(2027, 1, 1), BuildDate.of(null, "1798761600", null, TODAY).date());
    // One character is Maven's way of switching reproducible timestamps off.
    assertEquals("SOURCE_DATE_EPOCH", BuildDate.of(null, "1", "1798761600", TODAY).source());
  }

  @Test
  void aValueThatIsNoDateIsRefusedNamingItsSetting() {
    assertTrue(
        assertThrows(
                IllegalArgumentException.class, () -> BuildDate.of("1/1/2027", null, null, TODAY))
            .getMessage()
            .startsWith("buildDate (policy.buildDate) is '1/1/2027', which is not a date"));
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> BuildDate.of(null, "soon", null, TODAY))
            .getMessage()
            .startsWith("project.build.outputTimestamp is 'soon'"));
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> BuildDate.of(null, null, "x", TODAY))
            .getMessage()
            .contains("SOURCE_DATE_EPOCH is 'x'"));
  }
}
