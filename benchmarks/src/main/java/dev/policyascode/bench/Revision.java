package dev.policyascode.bench;

import java.util.Random;

/**
 * Where a version's pseudo-random words come from. Each element of the text (a paragraph, a
 * definition, an activity...) draws from a seed of its own, which changes only every {@code period}
 * revisions, at an offset of its own; so successive versions share most of their text and differ in
 * a paragraph or two, as real versions do (the corpus's successive versions differ in a few
 * sentences). Drawing every version from a fresh seed instead makes every word of every changes
 * page differ: the redline's worst case, not a policy's history.
 */
record Revision(long policy, int revision) {
  /** A paragraph of the body is rewritten about every 30 revisions (two a version in all). */
  static final int PARAGRAPH = 30;

  /** Definitions, categories, activities and the other registers change more rarely. */
  static final int REGISTER = 60;

  Random of(String element, int period) {
    int offset = Math.floorMod(element.hashCode() * 7919, period);
    long epoch = (revision + offset) / period;
    return new Random(policy * 1_000_003L + element.hashCode() * 31L + epoch * 0x9E3779B97F4AL);
  }
}
