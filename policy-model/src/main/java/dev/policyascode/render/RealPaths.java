package dev.policyascode.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Where a path really leads: the part that exists with its symbolic links resolved by the system,
 * the rest (which cannot hold a link, since it does not exist) added and normalised. Two paths are
 * compared this way so that neither {@code ./x/..} nor a link can make a folder look like another.
 */
final class RealPaths {

  private RealPaths() {}

  static Path of(Path path) {
    Path absolute = path.toAbsolutePath();
    Path root = absolute.getRoot();
    int n = absolute.getNameCount();
    // The longest prefix the system can open. Not normalised first: "link/.." is the link's
    // parent for the system, not the folder the link is in.
    for (int i = n; i > 0; i--) {
      Path prefix = root == null ? absolute.subpath(0, i) : root.resolve(absolute.subpath(0, i));
      if (Files.exists(prefix, LinkOption.NOFOLLOW_LINKS) && Files.exists(prefix)) {
        try {
          Path real = prefix.toRealPath();
          return i == n ? real : real.resolve(absolute.subpath(i, n)).normalize();
        } catch (IOException e) {
          break; // unreadable on the way: fall back to the plain normalised path
        }
      }
    }
    return absolute.normalize();
  }
}
