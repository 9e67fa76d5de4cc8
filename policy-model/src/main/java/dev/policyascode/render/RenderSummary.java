package dev.policyascode.render;

import dev.policyascode.lint.report.LintRun;
import java.nio.file.Path;

/**
 * The line a render ends with, for the build log: what was written where and how long it took, or
 * that nothing needed writing. Made here so that the plugin only logs it.
 */
public final class RenderSummary {

  private RenderSummary() {}

  /** {@code ids} names the policies rendered; {@code ms} is the time the goal took. */
  public static String of(RenderResult result, String ids, long ms) {
    Path where = result.outputDir().toAbsolutePath().normalize();
    int files = result.files().size();
    if (result.upToDate()) {
      return where.getFileName()
          + " is up to date ("
          + files
          + " files); nothing rendered ("
          + ms
          + " ms)";
    }
    int kept = files - result.rendered();
    return "Rendered "
        + LintRun.plural(result.rendered(), "file", "files")
        + " for "
        + ids
        + " to "
        + where
        + (kept > 0
            ? " (" + LintRun.plural(kept, "unchanged file", "unchanged files") + " kept)"
            : "")
        + " in "
        + ms
        + " ms";
  }
}
