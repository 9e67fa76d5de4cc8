package dev.policyascode.versions;

import dev.policyascode.load.PolicyLoader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lock file of a policy, {@code <policy>/versions.lock}: one line per published version, its id
 * and the hash of its file, sorted by id. Plain text, so that a pull request shows a publication as
 * one added line and a tampered record as a changed one. A {@code #} at the start of a line or
 * after a space starts a comment.
 */
public record VersionLock(List<Entry> entries, List<Problem> problems) {

  public static final String FILE = PolicyLoader.LOCK_FILE;

  private static final Pattern LINE =
      Pattern.compile("([A-Za-z0-9][A-Za-z0-9._-]*)\\s+(" + ContentHash.PREFIX + "[0-9a-f]{64})");

  private static final String HEADER =
      """
      # The published versions of this policy and the SHA-256 of each file.
      # Written by policy:publish; a published version never changes, so an entry never changes
      # either. Lint fails when a listed file changes or disappears.
      """;

  public VersionLock {
    entries = List.copyOf(entries);
    problems = List.copyOf(problems);
  }

  /** One published version: its id, the hash of its file, and the line it is on (1-based). */
  public record Entry(String version, String hash, int line) {}

  /** A line that is not an entry. */
  public record Problem(int line, String message) {}

  public static VersionLock empty() {
    return new VersionLock(List.of(), List.of());
  }

  public static VersionLock parse(String text) {
    List<Entry> entries = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    // A lone CR ends a line too, as in the version files: a lock saved by an old Mac editor.
    String[] lines = text.split("\r\n|\r|\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].replaceFirst("\\s#.*$", "").strip();
      if (line.isEmpty() || line.startsWith("#")) continue;
      Matcher m = LINE.matcher(line);
      if (!m.matches()) {
        problems.add(
            new Problem(
                i + 1,
                "this line of the lock is not '<version> sha256:<64 hex digits>'; restore it from"
                    + " Git: the lock is written by policy:publish"));
        continue;
      }
      Optional<Entry> before = entry(entries, m.group(1));
      if (before.isPresent()) {
        problems.add(
            new Problem(
                i + 1,
                "the version "
                    + m.group(1)
                    + " is already locked at line "
                    + before.get().line()
                    + "; remove this line"));
        continue;
      }
      entries.add(new Entry(m.group(1), m.group(2), i + 1));
    }
    return new VersionLock(entries, problems);
  }

  private static Optional<Entry> entry(List<Entry> entries, String version) {
    return entries.stream().filter(e -> e.version().equals(version)).findFirst();
  }

  public Optional<Entry> entry(String version) {
    return entry(entries, version);
  }

  /** This lock with one more entry. */
  public VersionLock with(String version, String hash) {
    if (entry(version).isPresent()) {
      throw new IllegalArgumentException("the version " + version + " is already locked");
    }
    List<Entry> all = new ArrayList<>(entries);
    all.add(new Entry(version, hash, 0));
    return new VersionLock(all, problems);
  }

  /** The file's text: the header, then one line per entry sorted by version id, LF endings. */
  public String format() {
    StringBuilder sb = new StringBuilder(HEADER);
    entries.stream()
        .sorted(Comparator.comparing(Entry::version))
        .forEach(e -> sb.append(e.version()).append(' ').append(e.hash()).append('\n'));
    return sb.toString();
  }

  /** The line for a version, as the lock writes it. */
  public static String line(String version, String hash) {
    return version + " " + hash;
  }
}
