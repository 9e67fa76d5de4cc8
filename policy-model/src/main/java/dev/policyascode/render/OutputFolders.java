package dev.policyascode.render;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
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

  /** A name for one of those folders that nothing in {@code in} has yet. */
  static String freeName(Path in, Path target, String role) {
    String name;
    do {
      name = name(target, role);
    } while (Files.exists(in.resolve(name), LinkOption.NOFOLLOW_LINKS));
    return name;
  }

  /** Puts {@code fresh} in the place of {@code target}; the old folder is deleted afterwards. */
  static void swap(Path fresh, Path target) throws IOException {
    swap(fresh, target, FILE_SYSTEM, false);
  }

  static void swap(Path fresh, Path target, Mover mover) throws IOException {
    swap(fresh, target, mover, false);
  }

  /**
   * As {@link #swap(Path, Path)}, but the old folder is kept as a spare ({@link OutputSpare}) when
   * {@code keep}: returns its name, or null when there is none (no old folder, a mount point, or a
   * rename that failed, in which case it is deleted as without {@code keep}).
   */
  static String swap(Path fresh, Path target, Mover mover, boolean keep) throws IOException {
    Path old = null;
    Path parent = target.getParent();
    if (Files.exists(target)) {
      old = parent.resolve(freeName(parent, target, "old"));
      try {
        mover.move(target, old);
      } catch (FileSystemException e) {
        if (!busy(e)) throw e;
        // A mount point (a Docker volume, an NFS share) cannot be renamed: its contents can.
        OutputContents.replace(fresh, target, mover);
        deleteQuietly(fresh);
        return null;
      }
    }
    try {
      mover.move(fresh, target);
    } catch (IOException e) {
      if (old != null) mover.move(old, target); // put the previous output back
      throw e;
    }
    if (keep && old != null) {
      String spare = freeName(parent, target, OutputSpare.ROLE);
      try {
        mover.move(old, parent.resolve(spare));
        return spare;
      } catch (IOException e) {
        // deleted below: the next build starts from an empty folder, as without a spare
      }
    }
    deleteQuietly(old);
    return null;
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
