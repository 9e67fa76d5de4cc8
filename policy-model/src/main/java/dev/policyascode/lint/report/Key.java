package dev.policyascode.lint.report;

import dev.policyascode.lint.Finding;
import java.util.Comparator;

/**
 * What a finding is, apart from where in its file: rule, file and message. Accepted findings are
 * matched on this, so that adding a paragraph above one does not make it new again.
 */
record Key(String rule, String file, String message) implements Comparable<Key> {

  private static final Comparator<Key> ORDER =
      Comparator.comparing(Key::file).thenComparing(Key::rule).thenComparing(Key::message);

  static Key of(Finding f) {
    return new Key(f.ruleId(), f.at().file(), f.message());
  }

  @Override
  public int compareTo(Key o) {
    return ORDER.compare(this, o);
  }
}
