package dev.policyascode.versions;

import dev.policyascode.diagnostics.Position;
import dev.policyascode.load.LoadResult;
import dev.policyascode.load.PolicyLoader;
import dev.policyascode.model.Policy;
import dev.policyascode.model.PolicyVersion;
import dev.policyascode.model.Translation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the versions rules compare: the policy's lock, as committed, and the hash of each version
 * file as it is now. Where a version's keys are written, the model says ({@code version.at(key)}).
 *
 * @param lock the lock, or empty when the policy has no lock file
 * @param lockFile the lock's path as findings show it, whether or not it exists
 * @param files each version's file, by version id, and each translation's, by {@code
 *     <version>.<language>}
 */
public record History(Optional<VersionLock> lock, String lockFile, Map<String, VersionFile> files) {

  public History {
    files = Map.copyOf(files);
  }

  /** A version file as it is now: its hash, as the lock records it. */
  public record VersionFile(String hash) {}

  /** Reads the lock and the version files of a loaded policy from its folder. */
  public static History read(Path policyDir, Policy policy) {
    return read(policyDir, policy, Map.of(), Set.of());
  }

  /**
   * As {@link #read(Path, Policy)}, taking the hash of a version file from what the loader read
   * when it can: a file in {@code noCarriageReturn} has the lock's hash of its SHA-256 in {@code
   * sources} (nothing to make LF), so it is not read and hashed a second time.
   */
  public static History read(Path policyDir, Policy policy, LoadResult loaded) {
    return read(policyDir, policy, loaded.sources(), loaded.noCarriageReturn());
  }

  private static History read(
      Path policyDir, Policy policy, Map<String, String> sources, Set<String> noCarriageReturn) {
    String policyFile = policy.at().file();
    String lockFile =
        policyFile.substring(0, policyFile.length() - PolicyLoader.POLICY_FILE.length())
            + VersionLock.FILE;
    Path lockPath = policyDir.resolve(VersionLock.FILE);
    Optional<VersionLock> lock =
        Files.isRegularFile(lockPath)
            ? Optional.of(VersionLock.parse(read(lockPath)))
            : Optional.empty();
    Map<String, VersionFile> files = new LinkedHashMap<>();
    for (PolicyVersion v : policy.versions()) {
      Path file = policyDir.resolve(PolicyLoader.VERSIONS_DIR).resolve(v.id() + ".yaml");
      try {
        String name = v.at().file();
        String hash =
            noCarriageReturn.contains(name) && sources.containsKey(name)
                ? ContentHash.PREFIX + sources.get(name)
                : ContentHash.of(Files.readAllBytes(file));
        files.put(v.id(), new VersionFile(hash));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    // A translation is locked under <version>.<language>, as its file is named.
    for (Translation t : policy.translations()) {
      Path file = policyDir.resolve(PolicyLoader.VERSIONS_DIR).resolve(t.lockId() + ".yaml");
      try {
        files.put(t.lockId(), new VersionFile(ContentHash.of(Files.readAllBytes(file))));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return new History(lock, lockFile, files);
  }

  /** A line of the lock file. */
  public Position lockAt(int line) {
    return new Position(lockFile, line, 1);
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
