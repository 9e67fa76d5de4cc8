package dev.policyascode.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Refuses an output folder whose replacement would delete anything but an earlier output of the
 * same kind. An output folder is deleted and written anew on every build, so it must not be, nor
 * hold, the policies, the project, the repository, a source or template folder, or another output;
 * an internal output must not lie inside the public site; and a folder that already exists is
 * replaced only when it is empty or carries this tool's marker ({@value OutputMarker#NAME}), except
 * strictly inside the build folder, which the build owns ({@code mvn clean} deletes it whole) and
 * where outputs of versions that wrote no marker live. Paths are compared where they really lead.
 */
public final class OutputGuard {

  private record Kept(Path path, String what, boolean root) {}

  private record Other(Path dir, OutputKind kind, String name) {}

  private final String parameter;
  private final String suggestion;
  private final List<Kept> kept;
  private final List<Other> others;
  private final Path buildDirectory;
  private final Path displayRoot;

  private OutputGuard(Builder b) {
    this.parameter = b.parameter;
    this.suggestion = b.suggestion;
    this.kept = List.copyOf(b.kept);
    this.others = List.copyOf(b.others);
    this.buildDirectory = b.buildDirectory;
    this.displayRoot = b.displayRoot;
  }

  /** Only the rules on the folder itself: for a caller that knows no project around it. */
  public static OutputGuard strict() {
    return builder("The output folder").build();
  }

  /**
   * @param parameter how the refusal names the setting, e.g. {@code outputDirectory
   *     (policy.outputDirectory)}
   */
  public static Builder builder(String parameter) {
    return new Builder(parameter);
  }

  /**
   * Checks {@code output}, about to be replaced by an output of {@code kind}, and the render's
   * state file beside it (null when there is none), before anything is touched.
   *
   * @throws RenderException naming the setting, the folder and why, when it is refused
   */
  public void check(Path output, OutputKind kind, Path stateFile) {
    Path real = RealPaths.of(output);
    if (Files.exists(real) && !Files.isDirectory(real)) {
      throw refused(real, "which is a file, not a folder", so("the file would be deleted"));
    }
    for (Kept k : kept) {
      Path path = RealPaths.of(k.path());
      if (!Files.exists(path)) continue; // what does not exist cannot be lost
      if (path.equals(real)) {
        throw refused(real, "which is " + k.what(), so("everything in it would be deleted"));
      }
      if (path.startsWith(real)) {
        throw refused(
            real,
            "which holds " + k.what() + " (" + shown(path) + ")",
            so(k.what() + " would be deleted"));
      }
    }
    for (Other o : others) {
      checkApart(real, kind, o);
    }
    checkState(stateFile);
    if (!Files.isDirectory(real)) return;
    Optional<OutputKind> marked = OutputMarker.of(real);
    if (marked.isPresent() && marked.get() != kind) {
      throw refused(
          real,
          "which already holds "
              + marked.get().what()
              + " (its "
              + OutputMarker.NAME
              + " file says so)",
          so(marked.get().what() + " would be deleted"));
    }
    if (marked.isEmpty() && !empty(real) && !insideBuildDirectory(real)) {
      throw refused(
          real,
          "which already holds files this plugin did not write (it has no "
              + OutputMarker.NAME
              + " file)",
          so("those files would be deleted"),
          "; if they are an older output of this plugin, delete the folder once");
    }
  }

  /** One output folder and another: neither the same, nor one inside the other. */
  private void checkApart(Path real, OutputKind kind, Other o) {
    Path dir = RealPaths.of(o.dir());
    String where = o.kind().what() + " (" + o.name() + ", " + shown(dir) + ")";
    boolean holds = dir.startsWith(real);
    boolean inside = real.startsWith(dir);
    if (!holds && !inside) return;
    String why =
        dir.equals(real)
            ? "which is the folder of "
            : holds ? "which holds the folder of " : "which lies inside the folder of ";
    // Where the site goes is published as it is: an internal output there would be published.
    OutputKind internal = null;
    if (kind == OutputKind.SITE && holds) internal = o.kind();
    if (o.kind() == OutputKind.SITE && kind != OutputKind.SITE && inside) internal = kind;
    String consequence =
        internal != null
            ? capital(internal.what()) + " are internal and must never be published."
            : so("each would delete the other");
    throw new RenderException(
        head(real, why + where, consequence)
            + " Give each output a folder of its own, none inside another.");
  }

  /** The state file is overwritten on every render: only one that this tool wrote. */
  private void checkState(Path stateFile) {
    if (stateFile == null) return;
    boolean there = Files.exists(stateFile, LinkOption.NOFOLLOW_LINKS);
    if (there && !(Files.isRegularFile(stateFile) && BuildState.isOne(stateFile))) {
      Path real = RealPaths.of(stateFile);
      throw new RenderException(
          parameter
              + ": the render keeps what it wrote in "
              + shown(real)
              + ", beside the output folder, but a file of that name already exists that this"
              + " plugin did not write, and it would be overwritten. Nothing was changed. Move"
              + " that file, or choose another output folder"
              + (suggestion == null ? "" : ", such as " + suggestion)
              + ".");
    }
  }

  private boolean insideBuildDirectory(Path real) {
    if (buildDirectory == null) return false;
    Path build = RealPaths.of(buildDirectory);
    if (!real.startsWith(build) || real.equals(build)) return false;
    // A build folder set to the project itself, or above it, is no throwaway folder.
    for (Kept k : kept) {
      Path path = RealPaths.of(k.path());
      if (path.equals(build) || (k.root() && path.startsWith(build))) return false;
    }
    return true;
  }

  private static boolean empty(Path dir) {
    try {
      return OutputMarker.empty(dir);
    } catch (IOException e) {
      return false; // what cannot be listed cannot be shown to hold nothing
    }
  }

  /** "{setting} is {folder}, {why}. {consequence} Nothing was changed. Choose ...{hint}." */
  private RenderException refused(Path real, String why, String consequence) {
    return refused(real, why, consequence, "");
  }

  private RenderException refused(Path real, String why, String consequence, String hint) {
    return new RenderException(
        head(real, why, consequence)
            + " Choose a new or empty folder used for nothing else"
            + (suggestion == null ? "" : ", such as " + suggestion)
            + hint
            + ".");
  }

  private String head(Path real, String why, String consequence) {
    return parameter
        + " is "
        + shown(real)
        + ", "
        + why
        + ". "
        + consequence
        + " Nothing was changed.";
  }

  private static String so(String lost) {
    return "An output folder is emptied and written anew on every build, so " + lost + ".";
  }

  private static String capital(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /** Relative to the display root when under it (not the root itself), else absolute. */
  private String shown(Path real) {
    if (displayRoot != null) {
      Path root = RealPaths.of(displayRoot);
      if (real.startsWith(root) && !real.equals(root)) {
        return root.relativize(real).toString().replace('\\', '/');
      }
    }
    return real.toString();
  }

  public static final class Builder {
    private final String parameter;
    private String suggestion;
    private final List<Kept> kept = new ArrayList<>();
    private final List<Other> others = new ArrayList<>();
    private Path buildDirectory;
    private Path displayRoot;

    private Builder(String parameter) {
      this.parameter = parameter;
    }

    /** A folder named in the refusal as a good choice, e.g. {@code target/policy-site}. */
    public Builder suggestion(String folder) {
      this.suggestion = folder;
      return this;
    }

    /**
     * A folder the project lives in (the policies folder, the project's, the repository's root):
     * the output must not be or hold it, and a build folder that is or holds it is not thrown away.
     */
    public Builder root(Path path, String what) {
      if (path != null) kept.add(new Kept(path, what, true));
      return this;
    }

    /** A file or folder the output must not be or hold: a source, template or baseline. */
    public Builder keep(Path path, String what) {
      if (path != null) kept.add(new Kept(path, what, false));
      return this;
    }

    /** The folder of another output, named by its setting: neither may be or hold the other. */
    public Builder otherOutput(Path dir, OutputKind kind, String name) {
      if (dir != null) others.add(new Other(dir, kind, name));
      return this;
    }

    /** The build's own folder ({@code target}), emptied by {@code mvn clean}. */
    public Builder buildDirectory(Path dir) {
      this.buildDirectory = dir;
      return this;
    }

    /** The folder that paths in the refusal are shown relative to. */
    public Builder displayRoot(Path dir) {
      this.displayRoot = dir;
      return this;
    }

    public OutputGuard build() {
      return new OutputGuard(this);
    }
  }
}
