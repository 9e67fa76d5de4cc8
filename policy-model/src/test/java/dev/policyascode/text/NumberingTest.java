package dev.policyascode.text;

import static dev.policyascode.text.ProseProcessorTest.VERSION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.policyascode.model.PolicyVersion;
import dev.policyascode.model.SectionNumbering;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A version's sections in their places, numbered once. */
class NumberingTest {

  @Test
  void everySectionHasItsNumberAnchorAndHeadingLevel() {
    Numbering n = Numbering.of(VERSION);
    List<Numbering.Numbered> top = n.sections();
    assertEquals(List.of("1", "2"), top.stream().map(Numbering.Numbered::number).toList());
    Numbering.Numbered cancellation = top.get(1).children().get(1);
    assertEquals("2.2", cancellation.number());
    assertEquals("cancellation", cancellation.anchor());
    assertEquals(2, cancellation.depth());
    assertEquals(3, cancellation.headingLevel());
    assertEquals(2, top.get(0).headingLevel()); // h1 is the policy's title
    assertEquals("2.2", n.number("cancellation").orElseThrow());
    assertEquals(List.of("1", "2", "2.1", "2.2"), List.copyOf(n.all().keySet()));
  }

  @Test
  void aHeadingShowsTheNumberInThePolicysStyleWhileReferencesKeepThePlainNumber() {
    Numbering n = Numbering.of(VERSION);
    Numbering.Numbered second = n.sections().get(1);
    Numbering.Numbered sub = second.children().get(1);
    List<String> shown = new java.util.ArrayList<>();
    for (SectionNumbering style : SectionNumbering.values()) {
      shown.add(style.word() + " → " + second.shown(style) + " | " + sub.shown(style));
    }
    assertEquals(
        List.of(
            "1.1. → 2. | 2.2.",
            "1.1 → 2 | 2.2",
            "1.1) → 2) | 2.2)",
            "Article 1 → Article 2 | 2.2",
            "§ 1 → § 2 | 2.2",
            "none →  | "),
        shown);
    assertEquals("2.2", sub.number());
    assertEquals("cancellation", n.byNumber("2.2").orElseThrow().id());
  }

  @Test
  void aVersionIsNumberedOnceWhoeverAsks() {
    // The rules, the pages, the register, the matrix and the changes all ask for it.
    assertSame(Numbering.of(VERSION), Numbering.of(VERSION));
  }

  @Test
  void anEqualButOtherVersionHasItsOwn() {
    // Identity, not equals: a version's hashCode would walk its whole text at every lookup.
    PolicyVersion copy = copy(VERSION);
    assertEquals(VERSION, copy);
    assertNotSame(Numbering.of(VERSION), Numbering.of(copy));
  }

  /** An equal version made anew, of the same values. */
  static PolicyVersion copy(PolicyVersion v) {
    return new PolicyVersion(
        v.id(),
        v.effective(),
        v.status(),
        v.summary(),
        v.preamble(),
        v.registers(),
        v.sections(),
        v.at(),
        v.positions());
  }

  @Test
  void aVersionNobodyHoldsIsLetGo() throws InterruptedException {
    IdentityMemo<Object, String> memo = new IdentityMemo<>();
    memo.get(new Object(), o -> "gone");
    Object kept = new Object();
    memo.get(kept, o -> "kept");
    for (int i = 0; i < 50 && memo.size() > 1; i++) {
      System.gc();
      Thread.sleep(20);
      memo.get(kept, o -> "kept"); // a lookup sweeps the keys the collector cleared
    }
    assertEquals(1, memo.size());
    assertEquals("kept", memo.get(kept, o -> "again"));
  }
}
