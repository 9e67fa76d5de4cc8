package dev.policyascode.render;

import dev.policyascode.concurrent.Parallel;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The files of one render. Parts add them, eagerly as content or lazily as a {@link Pages} renderer
 * with the key of the inputs they depend on; nothing is written until {@link #writeReplacing},
 * which renders into a fresh folder that then replaces the output folder whole. A failure before
 * the swap leaves the previous output exactly as it was, and no file of an earlier build lingers
 * after a successful one.
 *
 * <p>With a build state (see {@link BuildState}), a lazy group whose key and files are the same as
 * in the previous build is taken from the previous output instead of rendered, and when every file
 * is so, nothing is written at all. A file added without a key is always rendered, so correctness
 * never depends on a part declaring what it reads.
 */
public final class OutputFiles {

  /** Renders a group of files that come from one computation, in the order of their names. */
  @FunctionalInterface
  public interface Pages {
    List<String> render() throws TemplateException;
  }

  /** Files made later, as bytes: for outputs that are not text of ours, such as the exports. */
  public interface BytePages {
    List<byte[]> render();
  }

  private interface Contents {
    List<byte[]> render() throws TemplateException;
  }

  /**
   * @param together what the group is rendered next to: groups with the same one (by identity) are
   *     rendered one after the other; null for none
   */
  private record Group(
      List<String> names, Optional<String> key, Contents contents, Object together) {}

  private final List<Group> groups = new ArrayList<>();
  private final Set<String> names = new LinkedHashSet<>();

  /**
   * Adds a file at {@code name}, a path relative to the output folder with '/' separators.
   *
   * @throws RenderException when the path would leave the output folder or is added twice
   */
  public void add(String name, String content) {
    add(name, content.getBytes(StandardCharsets.UTF_8));
  }

  /** As {@link #add(String, String)}, for content that is already bytes. */
  public void add(String name, byte[] content) {
    byte[] copy = content.clone();
    group(List.of(name), Optional.empty(), () -> List.of(copy));
  }

  /**
   * Adds files rendered later, all at once, by {@code pages}. {@code key} sums up everything their
   * content depends on (source digests, templates, code): when it is the same as in the previous
   * build, the previous files are kept. Empty: always rendered.
   */
  public void add(List<String> fileNames, Optional<String> key, Pages pages) {
    add(fileNames, key, null, pages);
  }

  /**
   * As {@link #add(List, Optional, Pages)}, rendered right after the first group added with the
   * same {@code together} (compared by identity), so that what they share (a version's texts) is
   * built once and dropped soon after, rather than held while the groups between them render. The
   * order of the names, and of the files, stays the order they were added in.
   */
  public void add(List<String> fileNames, Optional<String> key, Object together, Pages pages) {
    group(
        fileNames,
        key,
        () -> pages.render().stream().map(p -> p.getBytes(StandardCharsets.UTF_8)).toList(),
        together);
  }

  /** As {@link #add(List, Optional, Pages)}, for files made as bytes. */
  public void addBytes(List<String> fileNames, Optional<String> key, BytePages pages) {
    group(fileNames, key, pages::render);
  }

  private void group(List<String> fileNames, Optional<String> key, Contents contents) {
    group(fileNames, key, contents, null);
  }

  private void group(
      List<String> fileNames, Optional<String> key, Contents contents, Object together) {
    for (String name : fileNames) {
      checkName(name);
      if (!names.add(name)) {
        throw new RenderException("Two outputs were given the same name: " + name);
      }
    }
    groups.add(new Group(List.copyOf(fileNames), key, contents, together));
  }

  /** The groups in the order they are rendered: each with those added {@code together} with it. */
  private List<Group> renderOrder() {
    Map<Object, List<Group>> with = new IdentityHashMap<>();
    for (Group g : groups) {
      if (g.together() != null) with.computeIfAbsent(g.together(), t -> new ArrayList<>()).add(g);
    }
    if (with.isEmpty()) return groups;
    List<Group> order = new ArrayList<>(groups.size());
    for (Group g : groups) {
      if (g.together() == null) {
        order.add(g);
      } else {
        // The first of its kind brings the others; they are then skipped where they were added.
        List<Group> all = with.remove(g.together());
        if (all != null) order.addAll(all);
      }
    }
    return order;
  }

  /** The names added so far, in the order they were added. */
  public List<String> names() {
    return Collections.unmodifiableList(new ArrayList<>(names));
  }

  /**
   * Renders every file into a fresh folder and puts it in the place of {@code dir}, a site folder
   * that {@link OutputGuard#strict()} accepts.
   */
  public void writeReplacing(Path dir) {
    writeReplacing(dir, null, OutputKind.SITE, OutputGuard.strict());
  }

  /**
   * As {@link #writeReplacing(Path)}, for an output of {@code kind} that {@code guard} accepts,
   * keeping from the previous output what {@code stateFile} shows is unchanged; null for no state
   * (everything rendered). The new folder carries the marker that lets the next build replace it.
   *
   * @throws RenderException when the guard refuses the folder (nothing is touched), or rendering or
   *     writing fails (the previous output is left as it was)
   */
  public Written writeReplacing(Path dir, Path stateFile, OutputKind kind, OutputGuard guard) {
    return writeReplacing(dir, stateFile, kind, guard, false);
  }

  /**
   * As {@link #writeReplacing(Path, Path, OutputKind, OutputGuard)}; with {@code spare} (and a
   * state file), the previous output is kept beside the new one as the next build's starting point
   * ({@link OutputSpare}) rather than deleted, and this build starts from the one the previous
   * build kept. Without it, any spare beside the output is deleted.
   */
  public Written writeReplacing(
      Path dir, Path stateFile, OutputKind kind, OutputGuard guard, boolean spare) {
    guard.check(dir, kind, stateFile);
    // Where the folder really is, as the guard saw it: "x/link/.." is not "x" for the system.
    Path target = RealPaths.of(dir);
    try {
      OutputLeftovers.recover(target, kind);
    } catch (IOException e) {
      throw new RenderException(
          "Cannot clean up after an interrupted build beside the output folder "
              + target
              + ": "
              + e.getMessage(),
          e);
    }
    boolean keepSpare = spare && stateFile != null;
    BuildState previous = stateFile == null ? BuildState.NONE : BuildState.read(stateFile);
    if (stateFile != null && upToDate(previous, target)) {
      return new Written(0, names.size(), true);
    }
    Path parent = target.getParent();
    Path fresh = null;
    try {
      // A crash between the swap and the new state must not leave the old state describing the new
      // output: without a state the next build renders everything.
      if (stateFile != null) Files.deleteIfExists(stateFile);
      Files.createDirectories(parent);
      fresh = OutputSpare.take(target, kind, previous, keepSpare).orElse(null);
      boolean recycled = fresh != null && OutputSpare.prune(fresh, names);
      if (fresh != null && !recycled) {
        OutputFolders.deleteQuietly(fresh);
        fresh = null;
      }
      if (fresh == null) {
        fresh = OutputFolders.newFolder(parent, target, "new");
        // The marker first: a build that stops here leaves a folder the next one may remove.
        OutputMarker.write(fresh, kind);
      }
      Path into = fresh;
      BuildState inSpare = recycled ? previous : BuildState.NONE;
      List<Group> order = renderOrder();
      List<Boolean> rendered =
          Parallel.map(
              order,
              g ->
                  write(
                      g,
                      into,
                      recycled,
                      kept(g, inSpare, into),
                      reusable(g, previous, target) ? target : null));
      String kept = OutputFolders.swap(fresh, target, OutputFolders.FILE_SYSTEM, keepSpare);
      if (stateFile != null) {
        BuildState.of(names, declared(), target).withSpare(kept, previous).write(stateFile);
      }
      int count = 0;
      for (int i = 0; i < order.size(); i++) {
        if (rendered.get(i)) count += order.get(i).names().size();
      }
      return new Written(count, names.size() - count, false);
    } catch (IOException e) {
      OutputFolders.deleteQuietly(fresh);
      throw new RenderException(
          "Cannot write the output folder " + target + ": " + e.getMessage(), e);
    } catch (RuntimeException e) {
      OutputFolders.deleteQuietly(fresh);
      throw e;
    }
  }

  /** How many files were rendered and how many kept from the previous output. */
  public record Written(int rendered, int kept, boolean upToDate) {}

  private List<BuildState.Declared> declared() {
    List<BuildState.Declared> declared = new ArrayList<>();
    for (Group g : groups) {
      g.key().ifPresent(k -> g.names().forEach(n -> declared.add(new BuildState.Declared(n, k))));
    }
    return declared;
  }

  private boolean upToDate(BuildState previous, Path target) {
    // No state, nothing to be up to date with: a first build of an output with no file (a record
    // of processing before any version is published) still makes its folder.
    if (previous == BuildState.NONE || !Files.isDirectory(target)) return false;
    if (!previous.names().equals(names)) return false;
    for (Group g : groups) {
      if (!reusable(g, previous, target)) return false;
    }
    return true;
  }

  private static boolean reusable(Group g, BuildState previous, Path target) {
    if (g.key().isEmpty()) return false;
    for (String name : g.names()) {
      if (!previous.unchanged(name, g.key().get(), target)) return false;
    }
    return true;
  }

  /** Whether the spare {@code dir} already holds the group's files as {@code spare} describes. */
  private static boolean kept(Group g, BuildState spare, Path dir) {
    if (g.key().isEmpty() || spare.spare() == null) return false;
    for (String name : g.names()) {
      if (!spare.unchangedInSpare(name, g.key().get(), dir)) return false;
    }
    return true;
  }

  /**
   * Writes a group's files into {@code fresh}: left as they are when {@code kept} (in a spare),
   * linked (or copied) from {@code from}, or rendered when {@code from} is null. In a {@code
   * recycled} folder (a spare) a file is deleted before it is written: it may be a hard link to a
   * file of the live output, which writing into would change. Returns whether it rendered.
   */
  private static boolean write(Group g, Path fresh, boolean recycled, boolean kept, Path from)
      throws IOException {
    if (kept) return false;
    if (from != null) {
      for (String name : g.names()) {
        Path file = inside(fresh, name);
        if (recycled) Files.deleteIfExists(file);
        keep(from.resolve(name), file);
      }
      return false;
    }
    List<byte[]> contents;
    try {
      contents = g.contents().render();
    } catch (TemplateException e) {
      // Every output lives under its policy's folder, so the first part of its name is the policy.
      String policyId = g.names().get(0).split("/", 2)[0];
      throw new RenderException(TemplateProblems.describe(policyId, e), e);
    }
    for (int i = 0; i < g.names().size(); i++) {
      Path file = inside(fresh, g.names().get(i));
      Files.createDirectories(file.getParent());
      if (recycled) Files.deleteIfExists(file);
      Files.write(file, contents.get(i), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    }
    return true;
  }

  /** A hard link costs no copy; where the file system has none, a copy with its times. */
  private static void keep(Path previous, Path file) throws IOException {
    Files.createDirectories(file.getParent());
    try {
      Files.createLink(file, previous);
    } catch (IOException | UnsupportedOperationException e) {
      Files.copy(previous, file, StandardCopyOption.COPY_ATTRIBUTES);
    }
  }

  private static Path inside(Path fresh, String name) {
    Path file = fresh.resolve(name).normalize();
    if (!file.startsWith(fresh) || file.equals(fresh)) {
      throw new RenderException("Refusing to write " + name + " outside the output folder");
    }
    return file;
  }

  // Names come from policy and version ids; the loader already restricts ids, and this is the
  // second line of defence so that no id can write outside the output folder.
  private static void checkName(String name) {
    if (name.equals(OutputMarker.NAME)) {
      throw new RenderException(
          "Refusing to write " + name + ": the name is kept for the output folder's marker");
    }
    boolean bad =
        name.isEmpty()
            || name.startsWith("/")
            || name.contains("\\")
            || name.contains("\0")
            || name.endsWith("/");
    if (!bad) {
      for (String part : name.split("/", -1)) {
        if (part.isEmpty() || part.equals(".") || part.equals("..")) bad = true;
      }
    }
    if (bad) {
      throw new RenderException("Refusing to write " + name + " outside the output folder");
    }
  }
}
