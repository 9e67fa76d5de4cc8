package dev.policyascode.lint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policyascode.lint.Linter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The period {@code transfers-adequacy-expiring} looks ahead is the project's to set. */
class AdequacyWarningDaysTest {

  @TempDir Path dir;

  /** A UK transfer in a version effective 2031-06-01: the renewal ends 209 days later. */
  private List<String> messages(Linter.Builder builder) throws IOException {
    Path root = dir.resolve("policies");
    Files.createDirectories(root.resolve("p/versions"));
    Files.writeString(
        root.resolve("p/policy.yaml"),
        "format: 1\nid: p\ntitle: Privacy Policy\ncontroller:\n  name: Example SAS\nlanguages: [en]\n");
    Files.writeString(
        root.resolve("p/versions/2031-06-01.yaml"),
        """
        format: 1
        version: 2031-06-01
        effective: 2031-06-01
        status: draft
        recipient_categories:
          - {id: host, name: Hosting providers}
        recipients:
          - {id: london, name: London Ltd, category: host, role: processor, country: GB}
        transfers:
          - {recipient: london, country: GB, safeguard: adequacy-decision}
        sections:
          - {id: data, title: Data, body: We use hosts.}
        """);
    return builder.displayRoot(root).build().lint(root).findings().stream()
        .filter(f -> f.ruleId().equals(TransfersAdequacyExpiring.META.id()))
        .map(f -> f.message())
        .toList();
  }

  @Test
  void byDefaultAnEndTwoHundredDaysAwayIsNotReported() throws IOException {
    assertEquals(List.of(), messages(Linter.builder()));
  }

  @Test
  void aLongerPeriodReportsIt() throws IOException {
    List<String> found = messages(Linter.builder().adequacyWarningDays(365));
    assertEquals(1, found.size());
    assertTrue(found.get(0).contains("applies until 2031-12-27, 209 days after"), found.get(0));
  }

  @Test
  void aNegativePeriodIsRefusedWithItsName() {
    var e =
        assertThrows(
            IllegalArgumentException.class, () -> Linter.builder().adequacyWarningDays(-1));
    assertTrue(e.getMessage().contains("adequacyWarningDays"), e.getMessage());
  }
}
