package dev.policyascode.versions;

import dev.policyascode.load.PolicyLoader;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lock file of a policy, {@code <policy>/versions.lock}: one line per published version, its
 * id, the hash of its file and the day it was published ({@code published YYYY-MM-DD}), sorted by
 * id. The day is what tells a version announced ahead from one published on the day it took effect;
 * a lock written before it was recorded has lines without it, which still load. Plain text, so that
 * a pull request shows a publication as one added line and a tampered record as a changed one. A
 * {@code #} at the start of a line or after a space starts a comment.
 */
public record VersionLock(List<Entry> entries, List<Problem> problems) {

  public static final String FILE = PolicyLoader.LOCK_FILE;

  private static final Pattern LINE =
      Pattern.compile(
          "([A-Za-z0-9][A-Za-z0-9._-]*)\\s+("
              + ContentHash.PREFIX
              + "[0-9a-f]{64})(?:\\s+published\\s+(\\d{4}-\\d{2}-\\d{2}))?");

  private static final String HEADER =
      """
      # The published versions of this policy, the SHA-256 of each file and the day it was
      # published. Written by policy:publish; a published version never changes, so an entry
      # never changes either. Lint fails when a listed file changes or disappears.
      """;

  public VersionLock {
    entries = List.copyOf(entries);
    problems = List.copyOf(problems);
  }

  /**
   * One published version: its id, the hash of its file, the day it was published (empty in a line
   * written before the day was recorded), and the line it is on (1-based).
   */
  public record Entry(String version, String hash, Optional<LocalDate> published, int line) {

    public Entry(String version, String hash, int line) {
      this(version, hash, Optional.empty(), line);
    }
  }

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
                "this line of the lock is not '<version> sha256:<64 hex digits> published"
                    + " YYYY-MM-DD'; restore it from Git: the lock is written by policy:publish"));
        continue;
      }
      Optional<LocalDate> published;
      try {
        published = Optional.ofNullable(m.group(3)).map(LocalDate::parse);
      } catch (DateTimeException e) {
        problems.add(
            new Problem(
                i + 1,
                "the day this version was published, "
                    + m.group(3)
                    + ", is not a date of the calendar; restore the line from Git"));
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
      entries.add(new Entry(m.group(1), m.group(2), published, i + 1));
    }
    return new VersionLock(entries, problems);
  }

  private static Optional<Entry> entry(List<Entry> entries, String version) {
    return entries.stream().filter(e -> e.version().equals(version)).findFirst();
  }

  public Optional<Entry> entry(String version) {
    return entry(entries, version);
  }

  /** This lock with one more entry, whose day of publication is not known. */
  public VersionLock with(String version, String hash) {
    return with(version, hash, Optional.empty());
  }

  /** This lock with one more entry, published on {@code published}. */
  public VersionLock with(String version, String hash, LocalDate published) {
    return with(version, hash, Optional.of(published));
  }

  private VersionLock with(String version, String hash, Optional<LocalDate> published) {
    if (entry(version).isPresent()) {
      throw new IllegalArgumentException("the version " + version + " is already locked");
    }
    List<Entry> all = new ArrayList<>(entries);
    all.add(new Entry(version, hash, published, 0));
    return new VersionLock(all, problems);
  }

  /** The day each version was published, by version id, for those whose day is recorded. */
  public Map<String, LocalDate> publications() {
    Map<String, LocalDate> days = new TreeMap<>();
    entries.forEach(e -> e.published().ifPresent(d -> days.put(e.version(), d)));
    return days;
  }

  /** The file's text: the header, then one line per entry sorted by version id, LF endings. */
  public String format() {
    StringBuilder sb = new StringBuilder(HEADER);
    entries.stream()
        .sorted(Comparator.comparing(Entry::version))
        .forEach(e -> sb.append(line(e.version(), e.hash(), e.published())).append('\n'));
    return sb.toString();
  }

  /** The line for a version, as the lock writes it, without the day it was published. */
  public static String line(String version, String hash) {
    return version + " " + hash;
  }

  /** The line for a version, as the lock writes it. */
  public static String line(String version, String hash, Optional<LocalDate> published) {
    return line(version, hash) + published.map(d -> " published " + d).orElse("");
  }
}
