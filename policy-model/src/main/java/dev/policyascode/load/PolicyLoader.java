package dev.policyascode.load;

import dev.policyascode.concurrent.Parallel;
import dev.policyascode.diagnostics.Finding;
import dev.policyascode.diagnostics.Position;
import dev.policyascode.io.Digests;
import dev.policyascode.model.Policy;
import dev.policyascode.model.PolicyVersion;
import dev.policyascode.model.Translation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

/**
 * Loads every policy under a folder. A policy is a folder holding {@code policy.yaml} and a {@code
 * versions} folder with one {@code <version>.yaml} per version, and one {@code
 * <version>.<language>.yaml} per translation of a version.
 */
public final class PolicyLoader {

  public static final String POLICY_FILE = "policy.yaml";
  public static final String VERSIONS_DIR = "versions";

  /** The lock of a policy's published versions, beside its policy.yaml (see VersionLock). */
  public static final String LOCK_FILE = "versions.lock";

  /** The largest file the loader reads; a larger one is refused by its size alone. */
  public static final int MAX_FILE_BYTES = YamlFile.MAX_BYTES;

  private final Path displayRoot;
  private final VersionHeaders headers; // null: every version file is parsed

  /**
   * @param displayRoot the folder that paths in messages are relative to, such as the repository
   */
  public PolicyLoader(Path displayRoot) {
    this(displayRoot, null);
  }

  private PolicyLoader(Path displayRoot, VersionHeaders headers) {
    this.displayRoot = displayRoot.toAbsolutePath().normalize();
    this.headers = headers;
  }

  /**
   * A loader that takes the header of each version file it read without a problem before, with the
   * same bytes, from {@code headers} instead of parsing the file, and keeps there the headers of
   * the files it parses. Such a version makes its body from its file when first asked for: what the
   * file says, as a parse now would give it. The caller closes {@code headers} after the load.
   */
  public PolicyLoader withHeaders(VersionHeaders headers) {
    return new PolicyLoader(displayRoot, java.util.Objects.requireNonNull(headers, "headers"));
  }

  /** Loads the policies in the sub-folders of {@code root}, in the order of their names. */
  public LoadResult load(Path root) {
    List<Finding> findings = new ArrayList<>();
    List<Policy> policies = new ArrayList<>();
    List<String> unreadable = new ArrayList<>();
    Map<String, String> sources = new LinkedHashMap<>();
    Map<String, List<Comment>> comments = new LinkedHashMap<>();
    Set<String> noCarriageReturn = new HashSet<>();
    int[] files = {0};
    Path dir = root.toAbsolutePath().normalize();
    if (!Files.isDirectory(dir)) {
      findings.add(
          Finding.of(
              LoadRules.FILE_LAYOUT,
              Position.startOf(name(dir)),
              "the policies folder does not exist; create it or point the build at the right folder"));
      return new LoadResult(policies, unreadable, findings, 0, sources, comments, Set.of());
    }
    Path realRoot = realPath(dir);
    for (Path folder : list(dir, findings)) {
      if (!Files.isDirectory(folder) || folder.getFileName().toString().startsWith(".")) continue;
      Path policyFile = folder.resolve(POLICY_FILE);
      if (!Files.isRegularFile(policyFile)) {
        if (Files.isDirectory(folder.resolve(VERSIONS_DIR))) {
          findings.add(
              Finding.of(
                  LoadRules.FILE_LAYOUT,
                  Position.startOf(name(folder)),
                  "this policy folder has no "
                      + POLICY_FILE
                      + "; add one with the policy's id, title and controller"));
          unreadable.add(folder.getFileName().toString());
        }
        continue;
      }
      Optional<Policy> policy =
          loadPolicy(folder, realRoot, findings, sources, comments, noCarriageReturn, files);
      if (policy.isPresent()) policies.add(policy.get());
      else unreadable.add(folder.getFileName().toString());
    }
    findings.sort(null);
    return new LoadResult(
        policies, unreadable, findings, files[0], sources, comments, noCarriageReturn);
  }

  private Optional<Policy> loadPolicy(
      Path folder,
      Path realRoot,
      List<Finding> findings,
      Map<String, String> sources,
      Map<String, List<Comment>> comments,
      Set<String> noCarriageReturn,
      int[] files) {
    int before = findings.size();
    files[0]++;
    String folderName = folder.getFileName().toString();
    Path policyFile = folder.resolve(POLICY_FILE);
    String policyName = name(policyFile);
    Optional<Value> policy =
        outside(policyFile, realRoot, findings)
            ? Optional.empty()
            : YamlFile.read(
                policyFile,
                policyName,
                Format.POLICY,
                findings::add,
                bytes -> sources.put(policyName, Digests.sha256(bytes)),
                c -> comments.put(policyName, c));
    // The rules read the lock: a link out of the folder is refused as a version file's is.
    Path lock = folder.resolve(LOCK_FILE);
    if (Files.exists(lock)) outside(lock, realRoot, findings);
    policy.ifPresent(
        v -> {
          Value.Map_ m = (Value.Map_) v;
          if (!m.text("id").equals(folderName)) {
            findings.add(
                Finding.of(
                    LoadRules.FILE_LAYOUT,
                    m.at("id"),
                    "the policy id '"
                        + m.text("id")
                        + "' is not the name of its folder '"
                        + folderName
                        + "'; rename one so they match"));
          }
        });
    List<PolicyVersion> versions = new ArrayList<>();
    // The data categories of the versions made from their headers, which have no body yet.
    Map<PolicyVersion, List<String>> categories = new java.util.IdentityHashMap<>();
    List<Translation> translations = new ArrayList<>();
    Path versionsDir = folder.resolve(VERSIONS_DIR);
    if (!Files.isDirectory(versionsDir)) {
      findings.add(
          Finding.of(
              LoadRules.FILE_LAYOUT,
              Position.startOf(name(policyFile)),
              "the policy has no '"
                  + VERSIONS_DIR
                  + "' folder; add one with a file per version, such as "
                  + VERSIONS_DIR
                  + "/2018-05-25.yaml"));
    } else {
      List<Path> versionFiles = new ArrayList<>();
      List<Path> translationFiles = new ArrayList<>();
      for (Path file : list(versionsDir, findings)) {
        String fileName = file.getFileName().toString();
        String lower = fileName.toLowerCase(java.util.Locale.ROOT);
        if (!fileName.endsWith(".yaml") && (lower.endsWith(".yaml") || lower.endsWith(".yml"))) {
          findings.add(
              Finding.of(
                  LoadRules.FILE_LAYOUT,
                  Position.startOf(name(file)),
                  "version files end in .yaml, in small letters; rename this file to "
                      + fileName.replaceAll("(?i)\\.ya?ml$", ".yaml")));
          continue;
        }
        if (!fileName.endsWith(".yaml") || !Files.isRegularFile(file)) continue;
        if (outside(file, realRoot, findings)) {
          files[0]++;
          continue;
        }
        (TranslationReader.isTranslation(fileName) ? translationFiles : versionFiles).add(file);
      }
      files[0] += translationFiles.size() + versionFiles.size();
      // Version and translation files are independent: read them all on every core (a cold
      // build's largest file is often a translation, which used to be read alone before the
      // versions), then merge translations and versions each in file order, as when they were
      // read one by one.
      List<Path> all = new ArrayList<>(translationFiles);
      all.addAll(versionFiles);
      for (FileRead read : Parallel.map(all, this::readFile)) {
        findings.addAll(read.findings());
        read.version().ifPresent(versions::add);
        if (read.categories() != null) categories.put(read.version().get(), read.categories());
        read.translation().ifPresent(translations::add);
        if (read.digest() != null) sources.put(read.name(), read.digest());
        if (read.comments() != null) comments.put(read.name(), read.comments());
        if (read.noCarriageReturn()) noCarriageReturn.add(read.name());
      }
    }
    // Beside the versions: the app stores' answers, checked against the versions' categories.
    Path labels = folder.resolve(StoreLabelsReader.FILE);
    if (Files.exists(labels)) files[0]++; // read like the others, so counted like them
    Optional<dev.policyascode.model.StoreLabels> storeLabels =
        Files.exists(labels) && !outside(labels, realRoot, findings)
            ? StoreLabelsReader.read(
                folder,
                name(labels),
                versions,
                v -> categories.containsKey(v) ? categories.get(v) : LazyVersion.categories(v),
                findings::add,
                sources)
            : Optional.empty();
    if (findings.size() > before || policy.isEmpty()) return Optional.empty();
    Value.Map_ policyMap = (Value.Map_) policy.get();
    if (TranslationReader.check(translations, policyMap.texts("languages"), versions, findings::add)
        > 0) {
      return Optional.empty();
    }
    versions.sort(Comparator.comparing(PolicyVersion::effective).thenComparing(PolicyVersion::id));
    return Optional.of(
        ModelBuilder.policy(policyMap, versions, translations).withStoreLabels(storeLabels));
  }

  /**
   * One version or translation file read on its own: what it gave, what is wrong with it, its
   * digest and its comments (null when the file was not read that far), and for a version made from
   * its header, the ids of its data categories (else null: its registers have them).
   */
  private record FileRead(
      String name,
      Optional<PolicyVersion> version,
      Optional<Translation> translation,
      List<Finding> findings,
      String digest,
      List<Comment> comments,
      List<String> categories,
      boolean noCarriageReturn) {

    FileRead(
        String name,
        Optional<PolicyVersion> version,
        Optional<Translation> translation,
        List<Finding> findings,
        String digest,
        List<Comment> comments) {
      this(name, version, translation, findings, digest, comments, null, false);
    }
  }

  private FileRead readFile(Path file) {
    if (!TranslationReader.isTranslation(file.getFileName().toString())) return readVersion(file);
    String name = name(file);
    List<Finding> findings = new ArrayList<>();
    Map<String, String> digest = new HashMap<>(1);
    Map<String, List<Comment>> comments = new HashMap<>(1);
    Optional<Translation> read =
        TranslationReader.read(file, name, findings::add, digest, comments);
    return new FileRead(
        name, Optional.empty(), read, findings, digest.get(name), comments.get(name));
  }

  private FileRead readVersion(Path file) {
    String fileName = file.getFileName().toString();
    String name = name(file);
    List<Finding> findings = new ArrayList<>();
    Optional<byte[]> bytes = YamlFile.bytes(file, name, findings::add);
    if (bytes.isEmpty()) {
      return new FileRead(name, Optional.empty(), Optional.empty(), findings, null, List.of());
    }
    String digest = Digests.sha256(bytes.get());
    Optional<VersionHeaders.Entry> kept =
        headers == null ? Optional.empty() : headers.get(name, digest);
    if (kept.isPresent()) {
      VersionHeaders.Entry e = kept.get();
      return new FileRead(
          name,
          Optional.of(LazyVersion.of(e, () -> parsed(file, name, e.digest()))),
          Optional.empty(),
          List.of(),
          digest,
          e.comments(),
          e.categories(),
          noCarriageReturn(bytes.get()));
    }
    AtomicReference<List<Comment>> comments = new AtomicReference<>(List.of());
    Optional<PolicyVersion> read =
        YamlFile.parse(bytes.get(), name, Format.VERSION_FILE, findings::add, comments::set)
            .map(v -> version((Value.Map_) v, fileName, findings));
    if (headers != null && findings.isEmpty() && read.isPresent()) {
      headers.put(LazyVersion.entry(name, digest, read.get(), comments.get()));
    }
    return new FileRead(
        name,
        read,
        Optional.empty(),
        findings,
        digest,
        comments.get(),
        null,
        noCarriageReturn(bytes.get()));
  }

  /**
   * Whether {@code bytes} hold no carriage return: then their SHA-256 is also the lock's hash of
   * the file (which makes CR LF line ends LF first), and the versions rules need not read it again.
   */
  private static boolean noCarriageReturn(byte[] bytes) {
    for (byte b : bytes) if (b == '\r') return false;
    return true;
  }

  /** The version of a version file's values, with what the loader checks of it. */
  private static PolicyVersion version(Value.Map_ v, String fileName, List<Finding> findings) {
    PolicyVersion version = ModelBuilder.version(v);
    version.texts().forEach(text -> EmbedReader.check(text, findings::add));
    EmbedReader.checkEntries(version.registers(), findings::add);
    String stem = fileName.substring(0, fileName.length() - ".yaml".length());
    if (!version.id().equals(stem)) {
      findings.add(
          Finding.of(
              LoadRules.FILE_LAYOUT,
              v.at("version"),
              "the version id '"
                  + version.id()
                  + "' is not the file's name '"
                  + stem
                  + "'; rename the file to "
                  + version.id()
                  + ".yaml or change the id"));
    }
    return version;
  }

  /**
   * A version file parsed again, for the body of a version made from its header: the file must
   * still have the bytes it had when the build read it, and still be read without a problem.
   */
  private static PolicyVersion parsed(Path file, String name, String digest) {
    List<Finding> findings = new ArrayList<>();
    Optional<PolicyVersion> version =
        YamlFile.bytes(file, name, findings::add)
            .filter(b -> Digests.sha256(b).equals(digest))
            .flatMap(b -> YamlFile.parse(b, name, Format.VERSION_FILE, findings::add, c -> {}))
            .map(v -> version((Value.Map_) v, file.getFileName().toString(), findings));
    if (version.isEmpty() || !findings.isEmpty()) {
      throw new IllegalStateException(
          name
              + " changed while the build was reading it; build again once it is saved"
              + (findings.isEmpty() ? "" : " (" + findings.get(0).message() + ")"));
    }
    return version.get();
  }

  /**
   * Whether {@code file} is a link to a file outside the policies folder, which is then reported. A
   * pull request can add such a link; reading it would put a file of the build machine (its lines,
   * in the messages) into a public CI log.
   */
  private boolean outside(Path file, Path realRoot, List<Finding> findings) {
    if (realPath(file).startsWith(realRoot)) return false;
    findings.add(
        Finding.of(
            LoadRules.FILE_LAYOUT,
            Position.startOf(name(file)),
            "this file is a link to a file outside the policies folder, which the build does not"
                + " read; put the file itself here instead of the link"));
    return true;
  }

  private static Path realPath(Path p) {
    try {
      return p.toRealPath();
    } catch (IOException e) {
      return p.toAbsolutePath().normalize(); // reading it will say what is wrong
    }
  }

  private String name(Path p) {
    Path abs = p.toAbsolutePath().normalize();
    Path rel = abs.startsWith(displayRoot) ? displayRoot.relativize(abs) : abs;
    return rel.toString().replace('\\', '/');
  }

  /** The entries of a folder by name, so that the order is the same on every machine. */
  private List<Path> list(Path dir, List<Finding> findings) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
    } catch (IOException e) {
      findings.add(
          Finding.of(
              LoadRules.FILE_LAYOUT,
              Position.startOf(name(dir)),
              "cannot read this folder ("
                  + e.getMessage()
                  + "); check that it exists and can be read"));
      return List.of();
    }
  }
}
