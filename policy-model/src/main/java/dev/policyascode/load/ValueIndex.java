package dev.policyascode.load;

import java.util.Arrays;

/**
 * What {@link ScalarLocator} needs of a value to place a piece of it in constant or logarithmic
 * time: where its lines start and where a character takes two chars. Built once per value, on the
 * first finding in it: counting from the value's start for every finding took minutes for 100,000
 * findings on one line (issue 19).
 */
final class ValueIndex {

  private final String value;
  private final int[] lineStarts; // the offset of each line of the value; the first is 0
  private final int[] pairEnds; // the offset of the second char of each surrogate pair

  private ValueIndex(String value) {
    this.value = value;
    int[] starts = new int[16];
    int lines = 1;
    int[] pairs = new int[0];
    int pairCount = 0;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\n') {
        if (lines == starts.length) starts = Arrays.copyOf(starts, lines * 2);
        starts[lines++] = i + 1;
      } else if (Character.isLowSurrogate(c)
          && i > 0
          && Character.isHighSurrogate(value.charAt(i - 1))) {
        if (pairCount == pairs.length) pairs = Arrays.copyOf(pairs, Math.max(16, pairCount * 2));
        pairs[pairCount++] = i;
      }
    }
    this.lineStarts = Arrays.copyOf(starts, lines);
    this.pairEnds = Arrays.copyOf(pairs, pairCount);
  }

  /** The index of {@code value}, reusing {@code last} when it is the same value's. */
  static ValueIndex of(String value, ValueIndex last) {
    return last != null && last.value.equals(value) ? last : new ValueIndex(value);
  }

  /** The line of the value (from 0) that {@code offset} is on. */
  int line(int offset) {
    int i = Arrays.binarySearch(lineStarts, offset);
    return i >= 0 ? i : -i - 2;
  }

  /** The offset where the value's line {@code line} starts. */
  int lineStart(int line) {
    return lineStarts[line];
  }

  /** {@code value.codePointCount(0, offset)}, without counting. */
  int codePoints(int offset) {
    int i = Arrays.binarySearch(pairEnds, offset);
    int pairsBefore = i >= 0 ? i : -i - 1; // pairs whose second char lies before offset
    return offset - pairsBefore;
  }
}
