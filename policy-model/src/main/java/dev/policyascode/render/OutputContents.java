package dev.policyascode.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Replaces what an output folder holds, for a folder that cannot itself be renamed (a mount point).
 * The fresh output is first copied into a staging folder inside the target, on the target's own
 * file system, so that what follows are renames of whole files and folders, none ever half written;
 * the target's marker stays in place throughout, and a failure puts every entry back.
 */
final class OutputContents {

  private OutputContents() {}

  static void replace(Path fresh, Path target, OutputFolders.Mover mover) throws IOException {
    OutputKind kind =
        OutputMarker.of(fresh).orElseThrow(() -> new IOException("no marker in " + fresh));
    Path staging = OutputFolders.newFolder(target, target, "new");
    Path old = OutputFolders.newFolder(target, target, "old");
    List<String> movedOut = new ArrayList<>();
    List<String> movedIn = new ArrayList<>();
    try {
      // The marker first, so that a crash leaves nothing the next build may not remove.
      OutputMarker.write(staging, kind);
      OutputMarker.write(old, kind);
      copyTree(fresh, staging);
      for (String name : entries(target)) {
        if (name.equals(OutputMarker.NAME) || isOurs(target, name)) continue;
        mover.move(target.resolve(name), old.resolve(name));
        movedOut.add(name);
      }
      for (String name : entries(staging)) {
        if (name.equals(OutputMarker.NAME)) continue;
        mover.move(staging.resolve(name), target.resolve(name));
        movedIn.add(name);
      }
    } catch (IOException | RuntimeException e) {
      try {
        for (int i = movedIn.size() - 1; i >= 0; i--) {
          mover.move(target.resolve(movedIn.get(i)), staging.resolve(movedIn.get(i)));
        }
        for (int i = movedOut.size() - 1; i >= 0; i--) {
          mover.move(old.resolve(movedOut.get(i)), target.resolve(movedOut.get(i)));
        }
      } catch (IOException again) {
        e.addSuppressed(again);
      }
      OutputFolders.deleteQuietly(staging);
      OutputFolders.deleteQuietly(old);
      throw e;
    }
    OutputFolders.deleteQuietly(staging);
    OutputFolders.deleteQuietly(old);
  }

  /** The staging and old folders of this very replacement, and leftovers of earlier ones. */
  private static boolean isOurs(Path target, String name) {
    return OutputFolders.named(name, target, "new") || OutputFolders.named(name, target, "old");
  }

  static List<String> entries(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : (Iterable<Path>) walk::iterator) {
        Path rel = from.relativize(p);
        if (rel.toString().isEmpty() || rel.toString().equals(OutputMarker.NAME)) continue;
        Path dest = to.resolve(rel.toString());
        if (Files.isDirectory(p)) Files.createDirectories(dest);
        else Files.copy(p, dest);
      }
    }
  }
}
