package dev.policyascode.diagnostics;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The lines of the files a lint read, by the file name findings use. Reports name a finding by the
 * text of its line rather than by its line number (see {@code Fingerprints}), and suppression
 * comments are read from it. Immutable.
 *
 * <p>A lint keeps only what its report needs: the lines its findings are on, and the whole text of
 * a file that holds suppression comments. The other lines are empty. Every line of every file would
 * cost about twice the size of the files for as long as the report lives: half a gigabyte for
 * 10,000 versions.
 */
public final class SourceText {

  /** Larger files are refused by the loader; their text is of no use to a report. */
  private static final long MAX_BYTES = 4 * 1024 * 1024;

  private static final SourceText EMPTY = new SourceText(Map.of());

  private final Map<String, List<String>> lines;

  private SourceText(Map<String, List<String>> lines) {
    this.lines = Map.copyOf(lines);
  }

  public static SourceText empty() {
    return EMPTY;
  }

  /** Source text given directly, for tests and for callers that hold the text already. */
  public static SourceText of(Map<String, String> texts) {
    Map<String, List<String>> lines = new TreeMap<>();
    texts.forEach((file, text) -> lines.put(file, split(text)));
    return new SourceText(lines);
  }

  /**
   * Reads {@code files}, named relative to {@code root} as findings name them, one at a time,
   * keeping of each file only the lines in {@code keep} (1-based, by file), unless {@code whole}
   * says the whole text is needed. A file that cannot be read (a folder, a missing or oversized
   * file) has no lines: its findings are then named by rule and file alone, which is all there is
   * to name them by.
   */
  public static SourceText read(
      Path root,
      Collection<String> files,
      Map<String, Set<Integer>> keep,
      Predicate<String> whole) {
    Map<String, List<String>> lines = new TreeMap<>();
    for (String file : files) {
      Path path = root.resolve(file);
      try {
        if (Files.isRegularFile(path) && Files.size(path) <= MAX_BYTES) {
          // Lenient decoding: a file that is not UTF-8 was reported by the loader already.
          String text = new String(Files.readAllBytes(path), StandardCharsets.UTF_8);
          List<String> all = split(text);
          lines.put(file, whole.test(text) ? all : only(all, keep.getOrDefault(file, Set.of())));
        }
      } catch (IOException e) {
        // Unreadable now although it was read a moment ago: report by rule and file alone.
      }
    }
    return new SourceText(lines);
  }

  /** The lines numbered in {@code keep}, the others empty, so that numbers stay as they were. */
  private static List<String> only(List<String> all, Set<Integer> keep) {
    String[] kept = new String[all.size()];
    java.util.Arrays.fill(kept, "");
    for (int n : keep) {
      if (n >= 1 && n <= kept.length) kept[n - 1] = all.get(n - 1);
    }
    return List.of(kept);
  }

  private static List<String> split(String text) {
    // The loader ignores a byte-order mark, so columns are counted after it.
    return (text.startsWith("\uFEFF") ? text.substring(1) : text).lines().toList();
  }

  /** The whole text of {@code file}, lines joined by {@code \n}; empty if it was not read. */
  public String text(String file) {
    return String.join("\n", lines.getOrDefault(file, List.of()));
  }

  /** Line {@code line} (1-based) of {@code file}; empty when there is no such line. */
  public String line(String file, int line) {
    List<String> l = lines.getOrDefault(file, List.of());
    return line >= 1 && line <= l.size() ? l.get(line - 1) : "";
  }
}
