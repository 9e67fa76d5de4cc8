package dev.policyascode.start;

import dev.policyascode.load.PolicyLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Starts a policy repository in a folder: a pom.xml that runs the plugin by its real coordinates, a
 * policy with a first draft that lints without error, the JSON Schema files where the modelines
 * find them, a .gitignore, and CI files for GitHub Actions and GitLab CI. It never writes over a
 * file: what is already there is kept and named, and the rest is still written, so running it again
 * writes nothing.
 */
public final class Starter {

  private static final String SAME = "it is already there, as init writes it";

  private static final String ID = "[a-z0-9]([a-z0-9-]*[a-z0-9])?";

  /** The plugin's own coordinates, as the running plugin knows them: the pom uses them. */
  public record Plugin(String groupId, String artifactId, String version) {}

  /**
   * @param effective the starter draft's effective date, which is also its id
   */
  public record Request(
      String policyId, String controller, String language, LocalDate effective, Plugin plugin) {}

  /** A file not written, and why. */
  public record Skipped(String file, String why, Kind kind) {}

  /** Why a file is not written. */
  public enum Kind {
    /** It is there already, as init would write it. */
    SAME,
    /** Something else is there, and is kept as it is. */
    KEPT,
    /** It could not be written at all. */
    FAILED
  }

  /**
   * What was done: the files written and those skipped, by their path in the folder, and what the
   * team has to fill in.
   */
  public record Result(List<String> written, List<Skipped> skipped, List<String> toFillIn) {
    public Result {
      written = List.copyOf(written);
      skipped = List.copyOf(skipped);
      toFillIn = List.copyOf(toFillIn);
    }
  }

  /** What the starter leaves for the team, whatever the text will say. */
  static final List<String> TO_FILL_IN =
      List.of(
          "the controller's address, email and country, and the DPO if there is one (policy.yaml)",
          "the text of the notice, section by section, in place of the starter's two sections",
          "the data map the checks read: data categories, activities and their legal bases,"
              + " retention, recipients, transfers, rights (see the README's \"The YAML format\")");

  private Starter() {}

  public static Result run(Request request, Path folder) throws StartException {
    check(request);
    List<String> written = new ArrayList<>();
    List<Skipped> skipped = new ArrayList<>();
    String starter = StarterFiles.versionFile(request);
    for (Map.Entry<String, String> f : StarterFiles.of(request).entrySet()) {
      Path file = folder.resolve(f.getKey());
      Optional<String> why = there(file, f.getValue());
      if (why.isEmpty() && f.getKey().equals(starter)) why = versionsThere(file.getParent());
      if (why.isPresent()) {
        Kind kind = why.get().equals(SAME) ? Kind.SAME : Kind.KEPT;
        skipped.add(new Skipped(f.getKey(), why.get(), kind));
        continue;
      }
      Optional<String> failed = write(file, f.getValue());
      if (failed.isPresent()) skipped.add(new Skipped(f.getKey(), failed.get(), Kind.FAILED));
      else written.add(f.getKey());
    }
    return new Result(written, skipped, TO_FILL_IN);
  }

  /** The folder of a policy's versions, as the log names it: where the starter draft goes. */
  public static String versionsFolder(String policyId) {
    return StarterFiles.POLICIES_DIR + "/" + policyId + "/" + PolicyLoader.VERSIONS_DIR;
  }

  private static void check(Request r) throws StartException {
    if (r.policyId() == null || !r.policyId().matches(ID)) {
      throw new StartException(
          "The policy id '"
              + r.policyId()
              + "' is not an id: use lower-case letters, digits and hyphens, such as"
              + " acme-privacy; it names the policy's folder. Nothing was written");
    }
    String c = r.controller();
    if (c == null
        || c.isBlank()
        || !c.equals(c.strip())
        || c.codePoints().anyMatch(Starter::control)) {
      throw new StartException(
          "The controller's name '"
              + (c == null ? "" : c.replaceAll("\\p{Cntrl}", " "))
              + "' is not a name on one line; give it as -Dpolicy.controller=\"Example SAS\"."
              + " Nothing was written");
    }
    if (r.language() == null || !r.language().matches("[a-z]{2,3}")) {
      throw new StartException(
          "The language '"
              + r.language()
              + "' is not a language code; write it as en, fr or de. Nothing was written");
    }
    Starter.Plugin p = r.plugin();
    if (p == null || p.groupId() == null || p.artifactId() == null || p.version() == null) {
      throw new StartException(
          "The plugin's own coordinates are unknown, so the pom could not name it. Nothing was"
              + " written");
    }
  }

  private static boolean control(int cp) {
    return Character.getType(cp) == Character.CONTROL
        || cp == '\u2028'
        || cp == '\u2029'
        || cp == '\u0085';
  }

  /** Why a starter draft is not written: the policy has versions already. */
  private static Optional<String> versionsThere(Path versions) {
    if (!Files.isDirectory(versions)) return Optional.empty();
    try (Stream<Path> list = Files.list(versions)) {
      List<String> names =
          list.map(p -> p.getFileName().toString())
              .filter(n -> n.endsWith(".yaml"))
              .sorted()
              .toList();
      if (names.isEmpty()) return Optional.empty();
      return Optional.of(
          "the policy already has "
              + (names.size() == 1 ? "a version" : "versions")
              + " ("
              + String.join(", ", names)
              + "), and a starter draft would be one more");
    } catch (IOException e) {
      return Optional.of("its folder cannot be read: " + e.getMessage());
    }
  }

  /** Why {@code file} is not written: something is there already. */
  private static Optional<String> there(Path file, String text) {
    if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) return Optional.empty();
    if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      return Optional.of("something that is not a plain file is there; init never replaces it");
    }
    try {
      boolean same = Files.readString(file, StandardCharsets.UTF_8).equals(text);
      return Optional.of(
          same
              ? SAME
              : "it already exists and init never writes over a file; yours is kept as it is");
    } catch (IOException e) {
      return Optional.of("it already exists and init never writes over a file");
    }
  }

  /** Writes a new file; empty when written, else why not. Never replaces a file. */
  private static Optional<String> write(Path file, String text) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
      return Optional.empty();
    } catch (FileAlreadyExistsException e) {
      return Optional.of("it could not be written: " + e.getFile() + " is in the way");
    } catch (IOException e) {
      return Optional.of("it could not be written: " + e.getMessage());
    }
  }
}
