package dev.policyascode.lint.report;

import java.util.HashMap;
import java.util.Map;

/** Counts how often each key has been seen so far; a small mutable helper, never shared. */
final class Occurrences {

  private final Map<Key, Integer> seen = new HashMap<>();

  /** The 0-based occurrence of {@code key}, counting this one. */
  int next(Key key) {
    return seen.merge(key, 1, Integer::sum) - 1;
  }
}
