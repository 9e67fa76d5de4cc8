package dev.policyascode.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.difflib.DiffUtils;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A section rewritten beyond what a word-by-word redline shows is shown whole, old then new, word
 * for word (issue 19: 376 s for the changes page of an 80,000-word rewrite); an ordinary edit, even
 * of a long section, stays a redline.
 */
class RewrittenTest {

  private static String words(Random r, int n) {
    String[] vocabulary =
        "data user service keep delete right access consent law period".split(" ");
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      if (i > 0) sb.append(i % 12 == 0 ? ".\n\n" : " ");
      sb.append(vocabulary[r.nextInt(vocabulary.length)]);
    }
    return sb.append('.').toString();
  }

  @Test
  void aRewrittenTextIsShownWholeOldThenNew() {
    String old = words(new Random(1), 3_000);
    String now = words(new Random(2), 3_000);

    Redline r = Redline.of(old, now);

    assertTrue(r.rewritten());
    assertEquals(2, r.pieces().size());
    assertEquals(Redline.Kind.DELETED, r.pieces().get(0).kind());
    assertEquals(old, r.pieces().get(0).oldText(), "the old text whole, as written");
    assertEquals(Redline.Kind.INSERTED, r.pieces().get(1).kind());
    assertEquals(now, r.pieces().get(1).newText(), "the new text whole, as written");
    assertEquals(old, r.oldText());
    assertEquals(now, r.newText());
    assertTrue(r.changed());
    assertEquals(6_000, r.changedWords() - 2 * 250, "every word of both, the full stops too");
  }

  @Test
  void anOrdinaryEditOfALongTextStaysARedline() {
    String old = words(new Random(3), 20_000);
    // a paragraph of 300 words replaced in the middle
    String now =
        old.substring(0, old.length() / 2)
            + words(new Random(4), 300)
            + old.substring(old.length() / 2);

    Redline r = Redline.of(old, now);

    assertFalse(r.rewritten());
    assertTrue(r.pieces().size() > 2);
    assertEquals(old, r.oldText());
    assertEquals(now, r.newText());
  }

  @Test
  void aNewOrRemovedSectionIsNoRewrite() {
    String text = words(new Random(5), 3_000);
    assertFalse(Redline.of("", text).rewritten());
    assertFalse(Redline.of(text, "").rewritten());
  }

  /** The bound agrees with the length of the shortest edit Myers finds, on either side of it. */
  @Test
  void theBoundIsTheLengthOfTheShortestEdit() {
    for (int seed = 0; seed < 200; seed++) {
      Random r = new Random(seed);
      int[] a = sequence(r, r.nextInt(40));
      int[] b = r.nextBoolean() ? sequence(r, r.nextInt(40)) : edited(r, a);
      int edits =
          DiffUtils.diff(boxed(a), boxed(b)).getDeltas().stream()
              .mapToInt(d -> d.getSource().size() + d.getTarget().size())
              .sum();
      assertTrue(EditBound.atMost(a, b, edits), "seed " + seed + ": within " + edits);
      if (edits > 0) {
        assertFalse(EditBound.atMost(a, b, edits - 1), "seed " + seed + ": not within less");
      }
    }
  }

  private static int[] sequence(Random r, int n) {
    int[] s = new int[n];
    for (int i = 0; i < n; i++) s[i] = r.nextInt(4);
    return s;
  }

  private static int[] edited(Random r, int[] a) {
    List<Integer> b = new ArrayList<>(boxed(a));
    for (int i = 0; i < 3 && !b.isEmpty(); i++) b.remove(r.nextInt(b.size()));
    b.add(r.nextInt(b.size() + 1), 7);
    return b.stream().mapToInt(Integer::intValue).toArray();
  }

  private static List<Integer> boxed(int[] a) {
    List<Integer> l = new ArrayList<>();
    for (int x : a) l.add(x);
    return l;
  }
}
