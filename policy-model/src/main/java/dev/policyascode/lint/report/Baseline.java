package dev.policyascode.lint.report;

import dev.policyascode.diagnostics.Finding;
import dev.policyascode.lint.LintReport;
import dev.policyascode.lint.RuleRegistry;
import dev.policyascode.lint.api.Rule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Findings accepted as they are, so that they do not fail the build: the legacy findings of a
 * published version, which must stay as published. New findings still fail.
 *
 * <p>A finding is matched by rule, file and fingerprint (the hash of the text around it, see {@link
 * Fingerprints}), never by line or message: lines added above it, or a rule's message reworded, do
 * not make an accepted finding new again. Each entry counts its findings, as Psalm's baseline and
 * ESLint's bulk suppressions do: a third copy of a mistake accepted twice is new. Immutable.
 */
public final class Baseline {

  private static final Comparator<Entry> ORDER =
      Comparator.comparing(Entry::file)
          .thenComparing(Entry::rule)
          .thenComparing(Entry::fingerprint);

  /**
   * One accepted finding, or several equal ones, as stored in the baseline file. The message is for
   * the person reviewing the file; it is not matched. The reason, written by hand, says why the
   * finding is accepted rather than fixed; the tool never writes one, and keeps it when it rewrites
   * the file.
   */
  public record Entry(
      String rule,
      String file,
      String fingerprint,
      int count,
      String message,
      java.util.Optional<String> reason) {
    public Entry {
      Objects.requireNonNull(rule, "rule must not be null");
      Objects.requireNonNull(file, "file must not be null");
      Objects.requireNonNull(fingerprint, "fingerprint must not be null");
      Objects.requireNonNull(message, "message must not be null");
      Objects.requireNonNull(reason, "reason must not be null");
      if (count < 1) throw new IllegalArgumentException("count must be at least 1: " + count);
    }

    public Entry(String rule, String file, String fingerprint, int count, String message) {
      this(rule, file, fingerprint, count, message, java.util.Optional.empty());
    }

    Entry withCount(int n) {
      return new Entry(rule, file, fingerprint, n, message, reason);
    }

    Entry withReason(java.util.Optional<String> r) {
      return new Entry(rule, file, fingerprint, count, message, r);
    }
  }

  /**
   * Findings split by the baseline, each list in the order given; {@code stale} holds what the
   * entries accept beyond the current findings (each with the count left over), because those
   * findings were fixed: they can be pruned.
   */
  public record Partition(List<Finding> baselined, List<Finding> fresh, List<Entry> stale) {
    public Partition {
      baselined = List.copyOf(baselined);
      fresh = List.copyOf(fresh);
      stale = List.copyOf(stale);
    }
  }

  private static final Baseline EMPTY = new Baseline(List.of());

  /** Sorted by file, rule and fingerprint, so that the file diffs well and never reorders. */
  private final List<Entry> entries;

  private Baseline(List<Entry> entries) {
    Map<String, Entry> merged = new LinkedHashMap<>();
    for (Entry e : entries) {
      merged.merge(e.fingerprint(), e, (a, b) -> a.withCount(a.count() + b.count()));
    }
    this.entries = merged.values().stream().sorted(ORDER).toList();
  }

  public static Baseline empty() {
    return EMPTY;
  }

  /**
   * A baseline that accepts the findings of {@code report}, except those no baseline may accept
   * ({@link Rule#acceptable()}): a file that cannot be read, or a locked published version that
   * changed, must be fixed.
   */
  public static Baseline of(LintReport report) {
    List<Finding> findings = report.findings();
    List<Fingerprints.Fingerprint> prints = Fingerprints.of(findings, report.sources());
    Set<String> loading = unacceptableRules();
    List<Entry> entries = new ArrayList<>();
    for (int i = 0; i < findings.size(); i++) {
      Finding f = findings.get(i);
      if (loading.contains(f.ruleId())) continue;
      entries.add(new Entry(f.ruleId(), f.at().file(), prints.get(i).hash(), 1, f.message()));
    }
    return new Baseline(entries);
  }

  /**
   * This baseline with the reasons {@code old} gave for the same findings (matched by fingerprint):
   * an update rewrites every entry from the findings, and must not lose what a person wrote.
   */
  public Baseline withReasonsOf(Baseline old) {
    Map<String, java.util.Optional<String>> reasons = new LinkedHashMap<>();
    old.entries.forEach(e -> reasons.put(e.fingerprint(), e.reason()));
    return new Baseline(
        entries.stream()
            .map(e -> e.withReason(reasons.getOrDefault(e.fingerprint(), e.reason())))
            .toList());
  }

  /**
   * The baseline stored in {@code file}; an empty one if there is no such file, so that a project
   * starts without one.
   *
   * @throws BaselineException if the file exists but cannot be read or is not a baseline
   */
  public static Baseline read(Path file) {
    return Files.exists(file) ? new Baseline(BaselineFormat.read(file)) : EMPTY;
  }

  /** Writes the baseline to {@code file} as pretty-printed JSON, creating folders as needed. */
  public void write(Path file) {
    JsonFiles.write(BaselineFormat.toJson(entries), file);
  }

  public List<Entry> entries() {
    return entries;
  }

  /** The number of findings accepted, counting each entry's count. */
  public int size() {
    return entries.stream().mapToInt(Entry::count).sum();
  }

  public Partition partition(LintReport report) {
    Map<String, Integer> left = new LinkedHashMap<>();
    entries.forEach(e -> left.put(e.fingerprint(), e.count()));
    List<Finding> findings = report.findings();
    List<Fingerprints.Fingerprint> prints = Fingerprints.of(findings, report.sources());
    Set<String> loading = unacceptableRules();
    List<Finding> baselined = new ArrayList<>();
    List<Finding> fresh = new ArrayList<>();
    for (int i = 0; i < findings.size(); i++) {
      String hash = prints.get(i).hash();
      boolean acceptable = !loading.contains(findings.get(i).ruleId());
      if (acceptable && left.getOrDefault(hash, 0) > 0) {
        left.merge(hash, -1, Integer::sum);
        baselined.add(findings.get(i));
      } else {
        fresh.add(findings.get(i));
      }
    }
    List<Entry> stale = new ArrayList<>();
    for (Entry e : entries) {
      int n = left.get(e.fingerprint());
      if (n > 0) stale.add(e.withCount(n));
    }
    return new Partition(baselined, fresh, stale);
  }

  /** This baseline without what no finding of {@code report} matches any more. */
  public Baseline pruned(LintReport report) {
    Map<String, Integer> stale = new LinkedHashMap<>();
    partition(report).stale().forEach(e -> stale.put(e.fingerprint(), e.count()));
    if (stale.isEmpty()) return this;
    List<Entry> kept = new ArrayList<>();
    for (Entry e : entries) {
      int n = e.count() - stale.getOrDefault(e.fingerprint(), 0);
      if (n > 0) kept.add(e.withCount(n));
    }
    return new Baseline(kept);
  }

  private static Set<String> unacceptableRules() {
    return RuleRegistry.builtIn().stream()
        .filter(r -> !r.acceptable())
        .map(r -> r.meta().id())
        .collect(Collectors.toSet());
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
