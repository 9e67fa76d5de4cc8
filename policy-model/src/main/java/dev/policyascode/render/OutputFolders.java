package dev.policyascode.render;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/** Replaces an output folder by a freshly written one, so no reader sees half of each. */
final class OutputFolders {

  /** Renames a folder: the seam through which a test makes a rename fail as a mount point does. */
  @FunctionalInterface
  interface Mover {
    void move(Path from, Path to) throws IOException;
  }

  static final Mover FILE_SYSTEM = OutputFolders::move;

  private OutputFolders() {}

  /**
   * Creates {@code in/.<name of target>-<role>-<random>} as an ordinary mkdir would: readable by
   * all under the usual umask, so that a copy to a web root can be served (a temporary directory
   * would be private to its owner).
   */
  static Path newFolder(Path in, Path target, String role) throws IOException {
    while (true) {
      try {
        return Files.createDirectory(in.resolve(name(target, role)));
      } catch (FileAlreadyExistsException e) {
        // another random name
      }
    }
  }

  /** {@code .<name of target>-<role>-}: what the leftovers of this tool are called. */
  static String prefix(Path target, String role) {
    return "." + target.getFileName() + "-" + role + "-";
  }

  /**
   * Whether {@code name} is one of those folders: the prefix and a suffix of letters and digits
   * only, so that the leftovers of an output named {@code site-old} are never taken for those of
   * {@code site}.
   */
  static boolean named(String name, Path target, String role) {
    String prefix = prefix(target, role);
    return name.startsWith(prefix)
        && name.length() > prefix.length()
        && name.substring(prefix.length())
            .chars()
            .allMatch(c -> c < 128 && Character.isLetterOrDigit(c));
  }

  private static String name(Path target, String role) {
    long n = ThreadLocalRandom.current().nextLong();
    return prefix(target, role) + Long.toUnsignedString(n, 36);
  }

  /** Puts {@code fresh} in the place of {@code target}; the old folder is deleted afterwards. */
  static void swap(Path fresh, Path target) throws IOException {
    swap(fresh, target, FILE_SYSTEM);
  }

  static void swap(Path fresh, Path target, Mover mover) throws IOException {
    Path old = null;
    if (Files.exists(target)) {
      Path parent = target.getParent();
      do {
        old = parent.resolve(name(target, "old"));
      } while (Files.exists(old));
      try {
        mover.move(target, old);
      } catch (FileSystemException e) {
        if (!busy(e)) throw e;
        // A mount point (a Docker volume, an NFS share) cannot be renamed: its contents can.
        OutputContents.replace(fresh, target, mover);
        deleteQuietly(fresh);
        return;
      }
    }
    try {
      mover.move(fresh, target);
    } catch (IOException e) {
      if (old != null) mover.move(old, target); // put the previous output back
      throw e;
    }
    deleteQuietly(old);
  }

  /** EBUSY, as the JDK reports it: the folder is in use as a mount point. */
  private static boolean busy(FileSystemException e) {
    return !(e instanceof AtomicMoveNotSupportedException)
        && e.getReason() != null
        && e.getReason().contains("Device or resource busy");
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  static void deleteQuietly(Path dir) {
    if (dir == null || !Files.exists(dir)) return;
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder())
          .forEach(
              p -> {
                try {
                  Files.deleteIfExists(p);
                } catch (IOException ignored) {
                  // a leftover carries the marker and is removed by the next build
                }
              });
    } catch (IOException ignored) {
      // as above
    }
  }
}
