package dev.policyascode.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policyascode.Flagship;
import dev.policyascode.diagnostics.Finding;
import dev.policyascode.lint.api.TextMemo;
import java.io.IOException;
import java.lang.ref.WeakReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The memo of texts that a lint run shares between its versions ({@link TextMemo}) changes no
 * finding: a run whose versions share it reports exactly what a run that keeps nothing from one
 * version to the next reports, and the memo goes with its run.
 */
class TextMemoLintTest {

  @TempDir Path dir;
  private Path policies;

  /**
   * The flagship with three more versions: two that share every text of its first, and one that
   * also rewrites a paragraph and writes a term in lower case, so that what its texts share with
   * the others is judged against what it alone knows.
   */
  @BeforeEach
  void setUp() throws IOException {
    policies = dir.resolve("policies");
    Path policy = policies.resolve("qucit-privacy");
    Flagship.copyTo(policy);
    String first = Files.readString(policy.resolve("versions/2018-05-25.yaml"));
    for (String id : List.of("2019-01-01", "2020-01-01", "2021-01-01")) {
      String text =
          first.replace(
              "version: 2018-05-25\neffective: 2018-05-25",
              "version: " + id + "\neffective: " + id);
      if (id.equals("2021-01-01")) {
        String edited =
            text.replace("Use of users’ personal data", "Use of the personal data of users")
                .replaceFirst(
                    "body: \\|\\n", "body: |\n      Our application may keep some data.\n\n");
        assertNotEquals(text, edited);
        text = edited;
      }
      Files.writeString(policy.resolve("versions/" + id + ".yaml"), text);
    }
  }

  @Test
  void sharedMemoFindsWhatVersionsCheckedAloneFind() {
    List<TextMemo> made = new ArrayList<>();
    LintReport shared =
        Linter.builder()
            .displayRoot(dir)
            .textMemos(
                () -> {
                  TextMemo memo = new TextMemo();
                  made.add(memo);
                  return memo;
                })
            .build()
            .lint(policies);
    // a memo that lets go of every value as soon as the next is kept: no version reuses another's
    LintReport alone =
        Linter.builder().displayRoot(dir).textMemos(() -> new TextMemo(1)).build().lint(policies);
    assertTrue(shared.unreadable().isEmpty(), "every version was read");
    assertTrue(
        shared.policies().get(0).versions().stream()
            .anyMatch(v -> v.at().file().endsWith("2021-01-01.yaml")),
        "the edited version was read");
    assertEquals(1, made.size(), "one memo per run");
    assertTrue(made.get(0).size() > 0, "the versions shared their texts through the memo");
    assertFalse(alone.findings().isEmpty());
    assertEquals(formatted(alone.findings()), formatted(shared.findings()));
    assertEquals(alone.findings(), shared.findings());
    assertEquals(alone.suppressed(), shared.suppressed());
    // and a second run through the same linter starts afresh, with the same findings
    LintReport again = Linter.builder().displayRoot(dir).build().lint(policies);
    assertEquals(shared.findings(), again.findings());
  }

  @Test
  void theMemoGoesWithItsRun() throws InterruptedException {
    List<WeakReference<TextMemo>> made = new ArrayList<>();
    Linter linter =
        Linter.builder()
            .displayRoot(dir)
            .textMemos(
                () -> {
                  TextMemo memo = new TextMemo();
                  made.add(new WeakReference<>(memo));
                  return memo;
                })
            .build();
    LintReport report = linter.lint(policies);
    assertFalse(report.findings().isEmpty());
    assertEquals(1, made.size());
    // neither the linter nor the report it gave holds the memo: the collector takes it
    for (int i = 0; i < 50 && made.get(0).get() != null; i++) {
      System.gc();
      Thread.sleep(20);
    }
    assertNull(made.get(0).get(), "the memo outlived its run");
    assertFalse(report.findings().isEmpty()); // the report stays reachable until here
  }

  private static List<String> formatted(List<Finding> findings) {
    return findings.stream().map(Finding::format).toList();
  }
}
