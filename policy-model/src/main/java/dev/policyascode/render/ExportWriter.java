package dev.policyascode.render;

import dev.policyascode.export.ExportException;
import dev.policyascode.export.ExportFile;
import dev.policyascode.export.ExportFormat;
import dev.policyascode.lint.cache.VersionKey;
import dev.policyascode.model.Policy;
import dev.policyascode.model.PolicyVersion;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes the chosen export formats of every version of each policy into {@code
 * <folder>/<policy>/<version>/}. The folder is replaced whole, as the site and the register are:
 * every file is made in memory first, a format that lacks a fact fails the run before anything is
 * touched, and the guard keeps the folder away from the sources and the other outputs. The same
 * policies give the same bytes, so two builds give the same folder. With a build state, the files
 * of a version and format whose inputs did not change are kept from the previous output.
 */
public final class ExportWriter {

  private ExportWriter() {}

  /**
   * @throws RenderException when a format lacks a fact (its message says where to write it), or the
   *     guard refuses the folder, or writing fails; the previous folder is then left as it was
   */
  public static RenderResult write(
      List<Policy> policies, List<ExportFormat> formats, Path dir, OutputGuard guard) {
    return write(policies, formats, dir, guard, Map.of(), null);
  }

  /**
   * As above, keeping the files whose inputs did not change since the build {@code stateFile}
   * describes: a version's export in one format is made from its version file and its policy's
   * other files (policy.yaml, the store labels, the translations), and the code.
   *
   * @param sources the SHA-256 of each source file by its name in findings ({@code
   *     LintReport.digests()}); files whose sources are not all in it are always made
   * @param stateFile where the build state is kept, beside the output; null for none
   */
  public static RenderResult write(
      List<Policy> policies,
      List<ExportFormat> formats,
      Path dir,
      OutputGuard guard,
      Map<String, String> sources,
      Path stateFile) {
    RenderContext context =
        new RenderContext(null, true, MarkdownFlavour.GITHUB, sources, stateFile != null);
    OutputFiles out = new OutputFiles();
    for (Policy policy : policies) {
      // What a format may read through the policy: policy.yaml, store labels, translations.
      Optional<String> policyFiles = VersionKey.policy(policy, sources);
      for (PolicyVersion version : policy.versions()) {
        String folder = policy.id() + "/" + version.id() + "/";
        for (ExportFormat format : formats) {
          List<String> names = format.files().stream().map(f -> folder + f).toList();
          Optional<String> key =
              policyFiles.flatMap(
                  p -> context.key("export " + format.name(), policy, version, folder, p));
          out.addBytes(names, key, () -> made(format, policy, version));
        }
      }
    }
    OutputFiles.Written written = out.writeReplacing(dir, stateFile, OutputKind.EXPORT, guard);
    return new RenderResult(dir, out.names(), written.rendered(), written.upToDate());
  }

  private static List<byte[]> made(ExportFormat format, Policy policy, PolicyVersion version) {
    List<ExportFile> files;
    try {
      files = format.write(policy, version);
    } catch (ExportException e) {
      // file:line:col first, as the lint's findings: the place to correct.
      throw new RenderException(
          e.at() + ": " + e.getMessage() + " (export format " + format.name() + ")");
    }
    if (!files.stream().map(ExportFile::path).toList().equals(format.files())) {
      throw new IllegalStateException(
          "the export format " + format.name() + " wrote other files than it names");
    }
    return files.stream().map(ExportFile::bytes).toList();
  }
}
