package dev.policyascode.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Cleans up after a build that stopped half-way through replacing an output folder: the folders it
 * left beside the target ({@code .<name>-new-*}, {@code .<name>-old-*}), or inside it when the
 * target is a mount point, are removed; when the target itself is missing (a crash between the two
 * renames), the previous output is put back first. Only folders that carry this tool's marker are
 * touched: a folder without it may be someone's, and is left as it is.
 */
final class OutputLeftovers {

  private OutputLeftovers() {}

  static void recover(Path target, OutputKind kind) throws IOException {
    Path parent = target.getParent();
    if (parent == null || !Files.isDirectory(parent)) return;
    List<Path> beside = leftovers(parent, target, kind);
    if (!Files.exists(target)) {
      // The newest earlier output is the one the crashed build had just moved aside.
      Path back =
          beside.stream()
              .filter(p -> OutputFolders.named(p.getFileName().toString(), target, "old"))
              .max(Comparator.comparing(OutputLeftovers::modified))
              .orElse(null);
      if (back != null) {
        OutputFolders.FILE_SYSTEM.move(back, target);
        beside.remove(back);
      }
    }
    beside.forEach(OutputFolders::deleteQuietly);
    if (Files.isDirectory(target) && OutputMarker.of(target).equals(Optional.of(kind))) {
      for (Path inside : leftovers(target, target, kind)) restoreFrom(inside, target);
    }
  }

  /**
   * A replacement of a mount point's contents stopped half-way: what it had moved aside goes back,
   * so that the folder holds a whole output again until the render replaces it.
   */
  private static void restoreFrom(Path leftover, Path target) throws IOException {
    if (OutputFolders.named(leftover.getFileName().toString(), target, "old")) {
      for (String name : OutputContents.entries(leftover)) {
        if (name.equals(OutputMarker.NAME)) continue;
        Path in = target.resolve(name);
        if (Files.exists(in)) OutputFolders.deleteQuietly(in);
        OutputFolders.FILE_SYSTEM.move(leftover.resolve(name), in);
      }
    }
    OutputFolders.deleteQuietly(leftover);
  }

  /** The marked {@code -new-} and {@code -old-} folders of {@code target} in {@code dir}. */
  private static List<Path> leftovers(Path dir, Path target, OutputKind kind) throws IOException {
    List<Path> found = new ArrayList<>();
    for (String name : OutputContents.entries(dir)) {
      boolean named =
          OutputFolders.named(name, target, "new") || OutputFolders.named(name, target, "old");
      Path p = dir.resolve(name);
      if (named
          && Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)
          && OutputMarker.of(p).equals(Optional.of(kind))) {
        found.add(p);
      }
    }
    return found;
  }

  private static FileTime modified(Path p) {
    try {
      return Files.getLastModifiedTime(p);
    } catch (IOException e) {
      return FileTime.fromMillis(0);
    }
  }
}
