package dev.policyascode.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policyascode.lint.Linter;
import dev.policyascode.model.Policy;
import dev.policyascode.model.PolicyVersion;
import dev.policyascode.model.Section;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The changes between the published 2018 Qucit version and a next version made from it as an author
 * would (a new first section, which renumbers every other; prospect files kept 2 years instead of
 * 3): the structured summary names exactly that, and the text of every other section is no change
 * at all.
 */
class QucitChangesTest {

  static final Path REPO = Path.of(System.getProperty("basedir", "")).toAbsolutePath().getParent();
  static final Path QUCIT = REPO.resolve("policies/qucit-privacy");

  @TempDir Path dir;

  @Test
  void aNewFirstSectionAndAShorterRetention() throws Exception {
    Path policy = Files.createDirectories(dir.resolve("qucit-privacy/versions"));
    Files.copy(QUCIT.resolve("policy.yaml"), policy.resolveSibling("policy.yaml"));
    String v2018 = Files.readString(QUCIT.resolve("versions/2018-05-25.yaml"));
    Files.writeString(policy.resolve("2018-05-25.yaml"), v2018);
    String next =
        v2018
            .replace("version: 2018-05-25", "version: 2099-01-01")
            .replace("effective: 2018-05-25", "effective: 2099-01-01")
            .replace("status: published", "status: draft")
            .replace(
                "  - id: keep-prospect-files\n    period: P3Y",
                "  - id: keep-prospect-files\n    period: P2Y")
            .replace(
                "\nsections:\n",
                "\nsections:\n  - id: whats-new\n    title: What is new\n    body: |\n"
                    + "      Prospect files are kept for a shorter time.\n");
    Files.writeString(policy.resolve("2099-01-01.yaml"), next, StandardCharsets.UTF_8);
    Policy p = Linter.builder().build().lint(dir).policies().get(0);
    PolicyVersion from = p.versions().get(0);
    PolicyVersion to = p.versions().get(1);

    List<String> changes = StructuredChanges.between(from, to).stream().map(Change::text).toList();
    assertTrue(changes.contains("Section 1 “What is new” added"), changes::toString);
    assertTrue(
        changes.contains("Retention of Prospecting and marketing: 3 years → 2 years"),
        changes::toString);
    // One line for the renumbering, top-level sections only: subsections keep their place.
    String renumbered = changes.get(1);
    assertTrue(
        renumbered.startsWith(
            "Renumbered, text unchanged unless listed: 1 → 2 (Definitions), 2 → 3"),
        renumbered);
    assertTrue(renumbered.endsWith("9 → 10 (Exercise of Users’ rights)"), renumbered);
    assertFalse(renumbered.contains("2.1 → 3.1"), renumbered);
    assertEquals(3, changes.size(), changes::toString);

    // Section by section, every old text comes back whole and unchanged.
    for (Section s : from.allSections()) {
      Section now = to.allSections().stream().filter(x -> x.id().equals(s.id())).findFirst().get();
      Redline r = Redline.of(SectionChanges.body(s), SectionChanges.body(now));
      assertFalse(r.changed(), s.id());
      assertEquals(SectionChanges.body(s), r.oldText());
    }
  }
}
