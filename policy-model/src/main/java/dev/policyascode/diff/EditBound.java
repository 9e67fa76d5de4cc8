package dev.policyascode.diff;

/**
 * Whether two sequences differ by at most a given number of deletions and insertions: the forward
 * pass of Myers' algorithm, stopped at that number, keeping one row of furthest points. It costs
 * about the length of the texts plus the square of the bound, and memory for one row, however
 * different the texts; a full Myers diff of two unrelated texts costs the product of their lengths
 * (376 s for a changes page of an 80,000-word section rewritten, issue 19).
 */
final class EditBound {

  private EditBound() {}

  static boolean atMost(int[] a, int[] b, int max) {
    // What the two share at their ends is no edit: left out, as Myers would follow it at once.
    int start = 0;
    while (start < a.length && start < b.length && a[start] == b[start]) start++;
    int endA = a.length;
    int endB = b.length;
    while (endA > start && endB > start && a[endA - 1] == b[endB - 1]) {
      endA--;
      endB--;
    }
    int n = endA - start;
    int m = endB - start;
    if (n + m <= max) return true; // deleting all and inserting all is within the bound
    int offset = max + 1;
    int[] furthest = new int[2 * max + 3]; // by diagonal k = x - y, the furthest x reached
    for (int d = 0; d <= max; d++) {
      for (int k = -d; k <= d; k += 2) {
        boolean down = k == -d || (k != d && furthest[offset + k - 1] < furthest[offset + k + 1]);
        int x = down ? furthest[offset + k + 1] : furthest[offset + k - 1] + 1;
        int y = x - k;
        while (x < n && y < m && a[start + x] == b[start + y]) {
          x++;
          y++;
        }
        furthest[offset + k] = x;
        if (x >= n && y >= m) return true;
      }
    }
    return false;
  }
}
