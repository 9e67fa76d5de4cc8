package dev.policyascode.maven;

import dev.policyascode.lint.LintReport;
import dev.policyascode.lint.report.Baseline;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ref.SoftReference;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.project.MavenProject;

/**
 * The lint reports (SARIF, JSON, code quality) written once per build: every goal lints first and
 * writes them, and in {@code mvn package} the goals after {@code lint} reuse its report ({@link
 * SharedLint}), so each would write the same bytes again, the SARIF with every rule's page. A goal
 * skips the writing when an earlier goal of this build wrote the reports of the very same report
 * object, with the same baseline and settings, and every file is still as that goal left it (size
 * and time): a file deleted or edited in between is written again.
 */
final class SharedReports {

  private static final String KEY = SharedReports.class.getName() + ":";

  /** What the reports were made from: the report itself is compared by identity. */
  record Made(LintReport report, Baseline baseline, String settings) {
    boolean same(Made other) {
      return report == other.report
          && baseline.equals(other.baseline)
          && settings.equals(other.settings);
    }
  }

  private record Stamp(Path file, long size, long modified, Object key) {}

  private record Entry(Made made, List<Stamp> stamps) {}

  /** Writes the reports. */
  @FunctionalInterface
  interface Writer {
    void write();
  }

  private SharedReports() {}

  /**
   * Runs {@code writer} unless an earlier goal of this build wrote {@code files} from the same
   * {@code made} and they are unchanged since; returns whether it ran.
   */
  static boolean write(MavenProject project, Made made, List<Path> files, Writer writer) {
    if (project == null) { // a goal run without one (tests): nothing to share with
      writer.write();
      return true;
    }
    String key = KEY + files.get(0).toAbsolutePath().normalize();
    if (project.getContextValue(key) instanceof SoftReference<?> ref
        && ref.get() instanceof Entry e
        && e.made().same(made)
        && unchanged(e.stamps(), files)) {
      return false;
    }
    // Forget the old entry first: a writer that fails half-way must not leave it looking current.
    project.setContextValue(key, null);
    writer.write();
    project.setContextValue(key, new SoftReference<>(new Entry(made, stamps(files))));
    return true;
  }

  private static boolean unchanged(List<Stamp> stamps, List<Path> files) {
    if (stamps.size() != files.size()) return false;
    for (int i = 0; i < files.size(); i++) {
      Stamp now = stamp(files.get(i));
      if (now == null || !now.equals(stamps.get(i))) return false;
    }
    return true;
  }

  private static List<Stamp> stamps(List<Path> files) {
    List<Stamp> stamps = new ArrayList<>();
    for (Path f : files) stamps.add(stamp(f));
    return stamps;
  }

  /** The file's size, time and identity (inode where there is one); null when it is missing. */
  private static Stamp stamp(Path file) {
    try {
      BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
      return new Stamp(file, a.size(), a.lastModifiedTime().toMillis(), a.fileKey());
    } catch (NoSuchFileException e) {
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
