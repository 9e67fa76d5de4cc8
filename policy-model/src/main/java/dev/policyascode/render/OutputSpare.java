package dev.policyascode.render;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The output of the build before the last, kept beside the output folder ({@code
 * .<name>-spare-<random>}) as the starting point of the next incremental build, instead of an empty
 * folder. A one-version change then rewrites the few files that changed in the spare and swaps it
 * in, where it used to link every unchanged file into a fresh folder and delete the whole previous
 * one after the swap: on some disks most of a small rebuild's time (issue 18).
 *
 * <p>The guarantees of the whole-folder swap stay: the spare is taken out of its place (renamed to
 * a {@code -new-} folder, which an interrupted build leaves for the next one to remove) before it
 * is touched, every file of it that the new output does not hold is deleted, and a file is replaced
 * by a new file, never written into, since it may be a hard link to the file the live output shows.
 * A spare holding anything but plain files and folders (a link someone put there) is not used.
 */
final class OutputSpare {

  static final String ROLE = "spare";

  private OutputSpare() {}

  /**
   * Takes the spare that {@code state} names out of its place, as a {@code -new-} folder to render
   * into, and deletes every other spare of {@code target}; none is taken unless {@code use}.
   *
   * @return the folder to render into, or empty when there is no spare to use
   */
  static Optional<Path> take(Path target, OutputKind kind, BuildState state, boolean use)
      throws IOException {
    Path parent = target.getParent();
    Path chosen = null;
    for (String name : OutputContents.entries(parent)) {
      if (!OutputFolders.named(name, target, ROLE)) continue;
      Path p = parent.resolve(name);
      if (!Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)
          || !OutputMarker.of(p).equals(Optional.of(kind))) {
        continue; // not one this tool kept: left as it is
      }
      if (use && chosen == null && name.equals(state.spare())) {
        chosen = p;
      } else {
        OutputFolders.deleteQuietly(p);
      }
    }
    if (chosen == null) return Optional.empty();
    Path into = parent.resolve(OutputFolders.freeName(parent, target, "new"));
    try {
      OutputFolders.FILE_SYSTEM.move(chosen, into);
    } catch (IOException e) {
      OutputFolders.deleteQuietly(chosen);
      return Optional.empty();
    }
    return Optional.of(into);
  }

  /**
   * Deletes from {@code dir} every file that is not one of {@code names} (its marker aside), and
   * the folders left empty. Returns false, having deleted nothing, when {@code dir} holds anything
   * but plain files and folders: such a folder is not written into.
   */
  static boolean prune(Path dir, Set<String> names) throws IOException {
    List<Path> files = new ArrayList<>();
    List<Path> folders = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) walk::iterator) {
        if (p.equals(dir)) continue;
        BasicFileAttributes a =
            Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (a.isDirectory()) {
          folders.add(p);
        } else if (a.isRegularFile()) {
          files.add(p);
        } else {
          return false;
        }
      }
    }
    for (Path f : files) {
      String name = name(dir, f);
      if (!name.equals(OutputMarker.NAME) && !names.contains(name)) Files.delete(f);
    }
    // Deepest first, so that a folder emptied by its sub-folders' removal goes too.
    folders.sort(Comparator.reverseOrder());
    for (Path f : folders) {
      try {
        Files.delete(f);
      } catch (DirectoryNotEmptyException kept) {
        // it holds files of the new output
      }
    }
    return true;
  }

  private static String name(Path dir, Path file) {
    StringBuilder b = new StringBuilder();
    for (Path part : dir.relativize(file)) {
      if (b.length() > 0) b.append('/');
      b.append(part);
    }
    return b.toString();
  }
}
