package dev.policyascode.render;

import dev.policyascode.io.AtomicFiles;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the previous render wrote: every file of the output, and for those whose part declared it,
 * the key of the inputs it was rendered from, with the size and time of the file as written. Kept
 * beside the output folder, never in it, so that it is not published. A file whose key, size and
 * time all match is the file a new render would write (the key covers everything the content
 * depends on); a file edited by hand since has another size or time, and is rendered again.
 *
 * <p>It may also name a spare folder: the output of the build before, kept beside the output folder
 * (see {@link OutputSpare}), with what that build's state said of its files, so that the next build
 * can start from it rather than from an empty folder.
 */
final class BuildState {

  private static final String HEADER = "policy-site-state 2";

  /** The line that starts the spare folder's part: its name follows, then its files' entries. */
  private static final String SPARE = "=spare";

  static final BuildState NONE = new BuildState(Set.of(), Map.of(), null, Map.of());

  /** A file declared with the key of its inputs. */
  record Declared(String name, String key) {}

  private record Entry(String key, long size, long modified) {}

  private final Set<String> names;
  private final Map<String, Entry> entries;
  private final String spare;
  private final Map<String, Entry> spareEntries;

  private BuildState(
      Set<String> names,
      Map<String, Entry> entries,
      String spare,
      Map<String, Entry> spareEntries) {
    this.names = names;
    this.entries = entries;
    this.spare = spare;
    this.spareEntries = spareEntries;
  }

  /** The name of the spare folder beside the output, or null when there is none. */
  String spare() {
    return spare;
  }

  /**
   * This state, naming {@code folder} as the spare folder, which holds what {@code before}
   * describes (the output it described, moved aside); null for none.
   */
  BuildState withSpare(String folder, BuildState before) {
    if (folder == null) return new BuildState(names, entries, null, Map.of());
    return new BuildState(names, entries, folder, before.entries);
  }

  /** Whether {@code name} in {@code dir}, the spare folder, is still what {@code key} rendered. */
  boolean unchangedInSpare(String name, String key, Path dir) {
    return unchanged(spareEntries.get(name), key, dir.resolve(name));
  }

  /** Every file of the previous output, declared or not. */
  Set<String> names() {
    return names;
  }

  /** Whether {@code name} in {@code dir} is still what {@code key} rendered. */
  boolean unchanged(String name, String key, Path dir) {
    return unchanged(entries.get(name), key, dir.resolve(name));
  }

  private static boolean unchanged(Entry e, String key, Path file) {
    if (e == null || !e.key().equals(key)) return false;
    try {
      BasicFileAttributes a =
          Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      return a.isRegularFile()
          && a.size() == e.size()
          && a.lastModifiedTime().toMillis() == e.modified();
    } catch (IOException gone) {
      return false;
    }
  }

  /** The state of {@code dir} as just written: {@code all} names, the declared ones with keys. */
  static BuildState of(Set<String> all, List<Declared> declared, Path dir) throws IOException {
    Map<String, Entry> entries = new LinkedHashMap<>();
    for (Declared d : declared) {
      BasicFileAttributes a =
          Files.readAttributes(dir.resolve(d.name()), BasicFileAttributes.class);
      entries.put(d.name(), new Entry(d.key(), a.size(), a.lastModifiedTime().toMillis()));
    }
    return new BuildState(new LinkedHashSet<>(all), entries, null, Map.of());
  }

  /**
   * Whether {@code file} is a state file of this tool, of any version: the only file the render may
   * overwrite beside its output folder.
   */
  static boolean isOne(Path file) {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String first = in.readLine();
      return first != null && first.startsWith(HEADER.substring(0, HEADER.indexOf(' ') + 1));
    } catch (IOException | UncheckedIOException e) {
      return false;
    }
  }

  /** The state in {@code file}; none when the file is missing or not one this version wrote. */
  static BuildState read(Path file) {
    List<String> lines;
    try {
      if (!Files.isRegularFile(file)) return NONE;
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return NONE; // an unreadable state only costs a full render
    }
    if (lines.isEmpty() || !lines.get(0).equals(HEADER)) return NONE;
    Set<String> names = new LinkedHashSet<>();
    Map<String, Entry> entries = new LinkedHashMap<>();
    String spare = null;
    Map<String, Entry> spareEntries = new LinkedHashMap<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split("\t", -1);
      try {
        if (f.length == 2 && f[0].equals(SPARE) && spare == null && !f[1].isEmpty()) {
          spare = f[1];
        } else if (f.length == 2 && f[0].equals("-") && spare == null) {
          names.add(f[1]);
        } else if (f.length == 4) {
          Entry e = new Entry(f[0], Long.parseLong(f[1]), Long.parseLong(f[2]));
          if (spare == null) {
            names.add(f[3]);
            entries.put(f[3], e);
          } else {
            spareEntries.put(f[3], e);
          }
        } else {
          return NONE;
        }
      } catch (NumberFormatException e) {
        return NONE;
      }
    }
    return new BuildState(names, entries, spare, spareEntries);
  }

  /** Ids cannot hold these; were one to, leaving it out only makes the next render complete. */
  private static boolean plain(String name) {
    return name.indexOf('\t') < 0 && name.indexOf('\n') < 0 && name.indexOf('\r') < 0;
  }

  /** Writes the state through a temporary file, so that a reader never sees half of it. */
  void write(Path file) throws IOException {
    List<String> lines = new ArrayList<>();
    lines.add(HEADER);
    for (String name : names) {
      if (!plain(name)) continue;
      Entry e = entries.get(name);
      lines.add(
          e == null ? "-\t" + name : e.key() + "\t" + e.size() + "\t" + e.modified() + "\t" + name);
    }
    if (spare != null) {
      lines.add(SPARE + "\t" + spare);
      spareEntries.forEach(
          (name, e) -> {
            if (plain(name)) {
              lines.add(e.key() + "\t" + e.size() + "\t" + e.modified() + "\t" + name);
            }
          });
    }
    AtomicFiles.write(file, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
  }
}
