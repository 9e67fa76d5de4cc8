package dev.policyascode.lint.report;

import dev.policyascode.lint.Finding;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Findings accepted as they are, so that they do not fail the build: the legacy findings of a
 * published version, which must stay as published. New findings still fail.
 *
 * <p>A finding is matched by rule, file and message, never by line or column, so that an edit
 * elsewhere in the file does not turn an accepted finding into a new one. When the same finding
 * occurs several times in a file, the baseline accepts at most as many as it recorded: a new copy
 * of an old mistake is still new. Immutable.
 */
public final class Baseline {

  /** One accepted finding, as stored in the baseline file. */
  public record Entry(String rule, String file, String message, String fingerprint) {
    public Entry {
      Objects.requireNonNull(rule, "rule must not be null");
      Objects.requireNonNull(file, "file must not be null");
      Objects.requireNonNull(message, "message must not be null");
      Objects.requireNonNull(fingerprint, "fingerprint must not be null");
    }

    Key key() {
      return new Key(rule, file, message);
    }
  }

  /**
   * Findings split by the baseline, each list in the order given; {@code stale} holds the entries
   * that matched nothing, because the finding was fixed: they can be pruned.
   */
  public record Partition(List<Finding> baselined, List<Finding> fresh, List<Entry> stale) {
    public Partition {
      baselined = List.copyOf(baselined);
      fresh = List.copyOf(fresh);
      stale = List.copyOf(stale);
    }
  }

  private static final Baseline EMPTY = new Baseline(List.of());

  /** Sorted by file, rule and message, so that the file diffs well and never reorders itself. */
  private final List<Entry> entries;

  private Baseline(List<Entry> entries) {
    this.entries = List.copyOf(entries);
  }

  public static Baseline empty() {
    return EMPTY;
  }

  /** A baseline that accepts exactly {@code findings}, for example all of today's findings. */
  public static Baseline of(Collection<Finding> findings) {
    return fromKeys(findings.stream().map(Key::of).toList());
  }

  /**
   * The baseline stored in {@code file}; an empty one if there is no such file, so that a project
   * starts without one.
   *
   * @throws BaselineException if the file exists but cannot be read or is not a baseline
   */
  public static Baseline read(Path file) {
    return Files.exists(file) ? fromKeys(BaselineFormat.read(file)) : EMPTY;
  }

  /** Writes the baseline to {@code file} as pretty-printed JSON, creating folders as needed. */
  public void write(Path file) {
    JsonFiles.write(BaselineFormat.toJson(entries), file);
  }

  public List<Entry> entries() {
    return entries;
  }

  public Partition partition(List<Finding> findings) {
    Map<Key, Integer> left = counts();
    List<Finding> baselined = new ArrayList<>();
    List<Finding> fresh = new ArrayList<>();
    for (Finding f : findings) {
      Key key = Key.of(f);
      if (left.getOrDefault(key, 0) > 0) {
        left.merge(key, -1, Integer::sum);
        baselined.add(f);
      } else {
        fresh.add(f);
      }
    }
    return new Partition(baselined, fresh, unmatched(left));
  }

  /** This baseline without the entries that no longer match any of {@code current}. */
  public Baseline pruned(List<Finding> current) {
    List<Entry> stale = partition(current).stale();
    if (stale.isEmpty()) return this;
    List<Entry> kept = new ArrayList<>(entries);
    kept.removeAll(stale);
    return new Baseline(kept);
  }

  /**
   * The entries left over per key. Entries of one key are stored by occurrence, so the leftovers
   * are the last ones: the kept entries then still number their occurrences from 0.
   */
  private List<Entry> unmatched(Map<Key, Integer> left) {
    Map<Key, Integer> total = counts();
    Occurrences seen = new Occurrences();
    List<Entry> stale = new ArrayList<>();
    for (Entry e : entries) {
      Key key = e.key();
      int occurrence = seen.next(key);
      if (occurrence >= total.get(key) - left.get(key)) stale.add(e);
    }
    return stale;
  }

  private Map<Key, Integer> counts() {
    Map<Key, Integer> counts = new HashMap<>();
    entries.forEach(e -> counts.merge(e.key(), 1, Integer::sum));
    return counts;
  }

  private static Baseline fromKeys(List<Key> keys) {
    List<Key> sorted = keys.stream().sorted().toList();
    Occurrences seen = new Occurrences();
    List<Entry> entries = new ArrayList<>(sorted.size());
    for (Key k : sorted) {
      String fingerprint = Fingerprints.of(k.rule(), k.file(), k.message(), seen.next(k));
      entries.add(new Entry(k.rule(), k.file(), k.message(), fingerprint));
    }
    return new Baseline(entries);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Baseline b && entries.equals(b.entries);
  }

  @Override
  public int hashCode() {
    return entries.hashCode();
  }

  @Override
  public String toString() {
    return "Baseline" + entries;
  }
}
