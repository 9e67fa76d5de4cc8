package dev.policyascode.maven;

import java.io.File;
import java.nio.file.Path;

/** Where the goals write their reports, and how a path is shown in the log. */
final class ProjectPaths {

  private ProjectPaths() {}

  /**
   * A report file under the build folder. Run without a POM, Maven leaves {@code
   * ${project.build.directory}} unresolved, so the reports go to {@code target} in the folder Maven
   * runs in.
   */
  static File output(File basedir, File file) {
    return file.getPath().contains("${") ? new File(basedir, "target/" + file.getName()) : file;
  }

  /** A path relative to {@code root} when it is inside it, like the paths in findings. */
  static String shown(Path root, File file) {
    Path path = file.toPath().toAbsolutePath().normalize();
    Path base = root.toAbsolutePath().normalize();
    return path.startsWith(base)
        ? base.relativize(path).toString().replace('\\', '/')
        : path.toString();
  }
}
