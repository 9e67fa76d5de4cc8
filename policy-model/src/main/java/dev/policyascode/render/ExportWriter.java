package dev.policyascode.render;

import dev.policyascode.export.ExportException;
import dev.policyascode.export.ExportFile;
import dev.policyascode.export.ExportFormat;
import dev.policyascode.model.Policy;
import dev.policyascode.model.PolicyVersion;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the chosen export formats of every version of each policy into {@code
 * <folder>/<policy>/<version>/}. The folder is replaced whole, as the site and the register are:
 * every file is made in memory first, a format that lacks a fact fails the run before anything is
 * touched, and the guard keeps the folder away from the sources and the other outputs. The same
 * policies give the same bytes, so two builds give the same folder.
 */
public final class ExportWriter {

  private ExportWriter() {}

  /**
   * @throws RenderException when a format lacks a fact (its message says where to write it), or the
   *     guard refuses the folder, or writing fails; the previous folder is then left as it was
   */
  public static RenderResult write(
      List<Policy> policies, List<ExportFormat> formats, Path dir, OutputGuard guard) {
    OutputFiles out = new OutputFiles();
    for (Policy policy : policies) {
      for (PolicyVersion version : policy.versions()) {
        for (ExportFormat format : formats) {
          List<ExportFile> files;
          try {
            files = format.write(policy, version);
          } catch (ExportException e) {
            // file:line:col first, as the lint's findings: the place to correct.
            throw new RenderException(
                e.at() + ": " + e.getMessage() + " (export format " + format.name() + ")");
          }
          for (ExportFile f : files) {
            out.add(policy.id() + "/" + version.id() + "/" + f.path(), f.bytes());
          }
        }
      }
    }
    out.writeReplacing(dir, null, OutputKind.EXPORT, guard);
    return new RenderResult(dir, out.names());
  }
}
