package dev.policyascode.maven;

import dev.policyascode.lint.report.LintRun;
import dev.policyascode.render.OutputGuard;
import dev.policyascode.render.OutputKind;
import dev.policyascode.render.RenderException;
import dev.policyascode.render.RenderResult;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Resource;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What the goals that replace an output folder whole share: the check, before anything is read or
 * written, that the folder can be replaced without losing anything. The rules are the core's
 * ({@link OutputGuard}); this class only tells it the folders the build knows of.
 */
public abstract class AbstractOutputMojo extends AbstractPolicyMojo {

  /** Where a goal leaves its output folder, for the goals that run after it in the same build. */
  private static final String OUTPUT = AbstractOutputMojo.class.getName() + ".output:";

  @Parameter(defaultValue = "${session}", readonly = true)
  protected MavenSession session;

  /** What this goal writes. */
  protected abstract OutputKind kind();

  /**
   * Refuses {@code output} (and {@code stateFile} beside it, or null) when replacing it could lose
   * anything, and records it for the goals that run later in this build.
   *
   * @return the guard, for the renderer to check again right before it writes
   */
  protected final OutputGuard guard(File output, File templateDirectory, Path stateFile)
      throws MojoExecutionException {
    OutputGuard.Builder b =
        OutputGuard.builder(Setting.of(kind()).label)
            .suggestion("target/" + Setting.of(kind()).folder)
            .displayRoot(displayRoot())
            .buildDirectory(buildDirectory().toPath())
            .root(policiesDirectory.toPath(), "the policies folder")
            .root(basedir.toPath(), "the project's folder")
            .root(repositoryRoot == null ? null : repositoryRoot.toPath(), "the repository's root")
            .keep(path(project.getFile()), "the project's POM")
            .keep(path(templateDirectory), "the template folder (policy.templates)")
            .keep(path(baselineFile), "the baseline file (policy.baseline)");
    for (Path policy : policyFolders()) {
      b.keep(policy, "the policy folder " + policy.getFileName());
    }
    for (String source : sourceFolders()) {
      b.keep(basedir.toPath().resolve(source), "a source folder of the project");
    }
    for (OutputKind other : OutputKind.values()) {
      if (other == kind()) continue;
      b.otherOutput(otherOutput(other), other, Setting.of(other).property);
    }
    OutputGuard guard = b.build();
    try {
      guard.check(output.toPath(), kind(), stateFile);
    } catch (RenderException e) {
      throw new MojoExecutionException(e.getMessage());
    }
    project.setContextValue(OUTPUT + kind(), output.getAbsoluteFile());
    return guard;
  }

  /** How each output folder is set, and its default folder under {@code target}. */
  private enum Setting {
    SITE("outputDirectory (policy.outputDirectory)", "policy.outputDirectory", "policy-site"),
    REGISTER(
        "outputDirectory of policy:register (policy.registerDirectory)",
        "policy.registerDirectory",
        "policy-register"),
    COMPLIANCE(
        "complianceDirectory (policy.complianceDirectory)",
        "policy.complianceDirectory",
        "policy-compliance"),
    EXPORT("exportDirectory (policy.exportDirectory)", "policy.exportDirectory", "policy-export");

    final String label;
    final String property;
    final String folder;

    Setting(String label, String property, String folder) {
      this.label = label;
      this.property = property;
      this.folder = folder;
    }

    static Setting of(OutputKind kind) {
      return valueOf(kind.name());
    }
  }

  /**
   * Where another goal writes: where it wrote earlier in this build; else its property, as Maven
   * reads it; else its default. A folder set in that goal's own {@code <configuration>} is only
   * known once it has run, and then the check is made by whichever goal runs second.
   */
  private Path otherOutput(OutputKind other) {
    Object earlier = project.getContextValue(OUTPUT + other);
    if (earlier instanceof File f) return f.toPath();
    Setting s = Setting.of(other);
    String set = null;
    if (session != null) {
      set = session.getUserProperties().getProperty(s.property);
      if (set == null) set = session.getSystemProperties().getProperty(s.property);
    }
    if (set == null) set = project.getProperties().getProperty(s.property);
    if (set == null || set.isBlank() || set.contains("${")) {
      return new File(buildDirectory(), s.folder).toPath();
    }
    File f = new File(set);
    return (f.isAbsolute() ? f : new File(basedir, set)).toPath();
  }

  /**
   * Whether {@code output} lies inside the build folder, which {@code mvn clean} deletes and no one
   * commits: the only place where a goal may keep anything beside its output between builds.
   */
  /**
   * Where an incremental goal keeps the build state of {@code output}: beside the folder, not in
   * it, since the state is not for publishing.
   */
  protected static Path stateFile(File output) {
    Path out = output.toPath().toAbsolutePath().normalize();
    return out.resolveSibling(out.getFileName() + ".state");
  }

  /**
   * ", 3 unchanged files kept" when an incremental goal kept some files of its previous output,
   * else nothing: the end of the count in the goal's last line.
   */
  protected static String keptNote(RenderResult result) {
    int kept = result.files().size() - result.rendered();
    return kept > 0
        ? ", " + LintRun.plural(kept, "unchanged file", "unchanged files") + " kept"
        : "";
  }

  protected final boolean insideBuildDirectory(File output) {
    Path build = buildDirectory().toPath().toAbsolutePath().normalize();
    Path out = output.toPath().toAbsolutePath().normalize();
    return out.startsWith(build) && !out.equals(build);
  }

  /** The build folder; without a POM, Maven leaves its expression unresolved: {@code target}. */
  private File buildDirectory() {
    String dir = project.getBuild() == null ? null : project.getBuild().getDirectory();
    return dir == null || dir.contains("${") ? new File(basedir, "target") : new File(dir);
  }

  /** The folders under the policies folder that hold a policy.yaml. */
  private List<Path> policyFolders() {
    try (Stream<Path> s = Files.list(policiesDirectory.toPath())) {
      return s.filter(p -> Files.isRegularFile(p.resolve("policy.yaml"))).toList();
    } catch (IOException e) {
      return List.of(); // the lint says why the folder cannot be read
    }
  }

  private List<String> sourceFolders() {
    List<String> all = new ArrayList<>();
    all.addAll(project.getCompileSourceRoots());
    all.addAll(project.getTestCompileSourceRoots());
    project.getResources().stream().map(Resource::getDirectory).forEach(all::add);
    project.getTestResources().stream().map(Resource::getDirectory).forEach(all::add);
    all.removeIf(d -> d == null || d.contains("${"));
    return all;
  }

  private static Path path(File file) {
    return file == null || file.getPath().contains("${") ? null : file.toPath();
  }
}
