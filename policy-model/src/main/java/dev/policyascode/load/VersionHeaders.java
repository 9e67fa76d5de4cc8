package dev.policyascode.load;

import dev.policyascode.diagnostics.Position;
import dev.policyascode.io.Seal;
import dev.policyascode.io.SealedLines;
import dev.policyascode.model.Status;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The headers of version files the loader read without a problem, kept between builds so that an
 * unchanged file need not be parsed: its id, effective date, status, summary, place, comments and
 * the ids of its data categories (which the store labels are checked against) and the digest of its
 * recipients (which the feed compares, {@link dev.policyascode.model.Registers#recipientsDigest}),
 * by its name and the SHA-256 of its bytes. The loader still reads and digests every file (the
 * lock, the cache keys and the reports need the bytes); a version made from an entry makes the rest
 * of itself from its file when first asked for ({@link
 * dev.policyascode.model.PolicyVersion#withLazyBody}).
 *
 * <p>What an entry depends on: the file's bytes (by digest) and name (the places it holds), and the
 * loader's code (the tool fingerprint the store is opened with: another version of the tool finds
 * no entry). Nothing else: a version file is read on its own, without its policy.yaml. Only files
 * that gave no finding have an entry, so every problem is reported by a parse, every time.
 *
 * <p>Like the lint cache, the store only ever saves time: a file missing, cut short, altered, not
 * UTF-8, of another tool or sealed on another machine ({@link Seal}) is no store, and one that
 * cannot be written is left as it was.
 *
 * <pre>
 * policy-version-headers 3 &lt;tool fingerprint&gt;
 * V name digest id effective status line column summary comments recipients   (tab-separated)
 * D category-id ...
 * C line column own-line line-first line-last next-first next-last text
 * seal &lt;HMAC-SHA256 with this machine's key&gt;
 * </pre>
 *
 * Texts are escaped ({@code \\}, {@code \t}, {@code \n}, {@code \r}); a summary is {@code -} when
 * the version has none, else {@code +} and the text. Several threads may read and put at once.
 */
public final class VersionHeaders {

  /** The store's file in its folder (the lint cache's). */
  public static final String FILE = "headers";

  private static final String KIND = "policy-version-headers 3 ";

  /** What a version file held besides its body, as the loader read it. */
  record Entry(
      String name,
      String digest,
      String id,
      LocalDate effective,
      Status status,
      Optional<String> summary,
      int line,
      int column,
      List<String> categories,
      String recipientsDigest,
      List<Comment> comments) {
    Entry {
      Objects.requireNonNull(name, "name must not be null");
      Objects.requireNonNull(digest, "digest must not be null");
      Objects.requireNonNull(id, "id must not be null");
      Objects.requireNonNull(effective, "effective must not be null");
      Objects.requireNonNull(status, "status must not be null");
      Objects.requireNonNull(summary, "summary must not be null");
      Objects.requireNonNull(recipientsDigest, "recipientsDigest must not be null");
      categories = List.copyOf(categories);
      comments = List.copyOf(comments);
    }

    Position at() {
      return new Position(name, line, column);
    }
  }

  private final Path file;
  private final String kind;
  private final Seal seal;
  private final Map<String, Entry> before;
  private final Map<String, Entry> now = new ConcurrentHashMap<>();

  private VersionHeaders(Path file, String kind, Seal seal, Map<String, Entry> before) {
    this.file = file;
    this.kind = kind;
    this.seal = seal;
    this.before = before;
  }

  /**
   * The store in {@code folder} for the tool of fingerprint {@code tool}, signed with {@code seal}
   * (a store sealed elsewhere is none); read once, here.
   */
  public static VersionHeaders in(Path folder, String tool, Seal seal) {
    Path file = folder.resolve(FILE);
    String kind = KIND + tool;
    Map<String, Entry> entries;
    try {
      entries = SealedLines.read(file, kind, seal).map(VersionHeaders::entries).orElse(Map.of());
    } catch (RuntimeException e) {
      entries = Map.of(); // a field that cannot be: not written by this class
    }
    return new VersionHeaders(file, kind, seal, entries);
  }

  /** The entry of the file {@code name} with these bytes, if an earlier load kept one. */
  Optional<Entry> get(String name, String digest) {
    Entry e = before.get(name);
    if (e == null || !e.digest().equals(digest)) return Optional.empty();
    now.put(name, e);
    return Optional.of(e);
  }

  /** Keeps {@code entry} for the next load. */
  void put(Entry entry) {
    now.put(entry.name(), entry);
  }

  /**
   * Ends a load: keeps this load's entries, and only them, when they differ from what was read. Not
   * written when the folder cannot be: the next load parses those files again.
   */
  public void close() {
    if (now.equals(before)) return;
    List<String> lines = new ArrayList<>();
    for (Entry e : new TreeMap<>(now).values()) {
      lines.add(
          String.join(
              "\t",
              "V",
              escape(e.name()),
              e.digest(),
              escape(e.id()),
              e.effective().toString(),
              e.status().word(),
              Integer.toString(e.line()),
              Integer.toString(e.column()),
              e.summary().map(s -> "+" + escape(s)).orElse("-"),
              Integer.toString(e.comments().size()),
              e.recipientsDigest()));
      List<String> d = new ArrayList<>(List.of("D"));
      e.categories().forEach(id -> d.add(escape(id)));
      lines.add(String.join("\t", d));
      for (Comment c : e.comments()) {
        lines.add(
            String.join(
                "\t",
                "C",
                Integer.toString(c.at().line()),
                Integer.toString(c.at().column()),
                c.ownLine() ? "1" : "0",
                Integer.toString(c.line().first()),
                Integer.toString(c.line().last()),
                Integer.toString(c.next().first()),
                Integer.toString(c.next().last()),
                escape(c.text())));
      }
    }
    try {
      java.nio.file.Files.createDirectories(file.getParent());
      SealedLines.write(file, kind, lines, seal);
    } catch (IOException | RuntimeException e) {
      // Not written: the next load parses these files again, which is all it costs.
    }
  }

  private static Map<String, Entry> entries(List<String> lines) {
    Map<String, Entry> entries = new ConcurrentHashMap<>();
    int i = 0;
    while (i < lines.size()) {
      String[] v = lines.get(i++).split("\t", -1);
      if (v.length != 11 || !v[0].equals("V")) throw new IllegalArgumentException("not an entry");
      int count = Integer.parseInt(v[9]);
      if (count < 0 || count > lines.size() - i) throw new IllegalArgumentException("count");
      String name = unescape(v[1]);
      if (i == lines.size()) throw new IllegalArgumentException("no categories");
      String[] d = lines.get(i++).split("\t", -1);
      if (!d[0].equals("D")) throw new IllegalArgumentException("not the categories");
      List<String> categories = new ArrayList<>(d.length - 1);
      for (int j = 1; j < d.length; j++) categories.add(unescape(d[j]));
      List<Comment> comments = new ArrayList<>(count);
      for (int j = 0; j < count; j++) {
        String[] c = lines.get(i++).split("\t", -1);
        if (c.length != 9 || !c[0].equals("C")) throw new IllegalArgumentException("comment");
        comments.add(
            new Comment(
                new Position(name, Integer.parseInt(c[1]), Integer.parseInt(c[2])),
                unescape(c[8]),
                c[3].equals("1"),
                new Comment.Lines(Integer.parseInt(c[4]), Integer.parseInt(c[5])),
                new Comment.Lines(Integer.parseInt(c[6]), Integer.parseInt(c[7]))));
      }
      Optional<String> summary =
          v[8].equals("-") ? Optional.empty() : Optional.of(unescape(v[8].substring(1)));
      if (!v[8].equals("-") && !v[8].startsWith("+")) throw new IllegalArgumentException("summary");
      entries.put(
          name,
          new Entry(
              name,
              v[2],
              unescape(v[3]),
              LocalDate.parse(v[4]),
              Status.of(v[5]),
              summary,
              Integer.parseInt(v[6]),
              Integer.parseInt(v[7]),
              categories,
              v[10],
              comments));
    }
    return entries;
  }

  static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\\' -> b.append("\\\\");
        case '\t' -> b.append("\\t");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  static String unescape(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '\\') {
        b.append(c);
        continue;
      }
      if (++i == s.length()) throw new IllegalArgumentException("an escape cut short");
      switch (s.charAt(i)) {
        case '\\' -> b.append('\\');
        case 't' -> b.append('\t');
        case 'n' -> b.append('\n');
        case 'r' -> b.append('\r');
        default -> throw new IllegalArgumentException("not an escape");
      }
    }
    return b.toString();
  }
}
