package dev.policyascode.lint.cache;

import dev.policyascode.io.Digests;
import dev.policyascode.model.Policy;
import dev.policyascode.model.PolicyVersion;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The key of one version's findings: a digest of everything {@code Rule.check(VersionContext)} can
 * read, so that equal keys mean equal findings. Conservative on purpose: what a version's rules
 * might read is in the key even where no rule reads it today.
 *
 * <ul>
 *   <li><b>The run</b> ({@link LintCache.Run#key}): the tool's fingerprint (the core's code and
 *       reference data, the parsers, the Java version), the linter's configuration (each rule's
 *       setting, off or its severity, and the numeric settings: notice days, adequacy warning days,
 *       longest sentence), and the folders the findings' paths are relative to.
 *   <li><b>The policy</b>: the SHA-256 of every file of the policy's folder that the loader read,
 *       except its version files: {@code policy.yaml} (the controller, the title, the languages and
 *       numbering style the rules read through {@code VersionContext.policy()}), the store labels
 *       (the {@code labels-} rules), and the translation files (in the policy too, though only the
 *       policy-level rules read them today). An edit to any of them checks every version again.
 *   <li><b>The version</b>: its id, its file's name and the SHA-256 of its bytes, and whether it is
 *       the newest version of its policy (the {@code labels-} rules check the newest only).
 * </ul>
 *
 * <p>Left out, and why: the other versions' files, since a version's rules see its own version only
 * (the rules that compare versions are policy-level, {@code checkPolicy}, and run every time); and
 * the lock ({@code versions.lock}), which only {@code PolicyContext} carries. A rule whose {@code
 * check} reads another version or the lock must add it here.
 */
public final class VersionKey {

  private VersionKey() {}

  /**
   * The policy's part of its versions' keys: a digest of the names and digests of its folder's
   * files that are not versions (policy.yaml, the store labels, the translations). Empty when
   * policy.yaml's digest is unknown. The export keys its files with it too.
   */
  public static Optional<String> policy(Policy policy, Map<String, String> sources) {
    String policyFile = policy.at().file();
    int slash = policyFile.lastIndexOf('/');
    String folder = slash < 0 ? "" : policyFile.substring(0, slash + 1);
    Set<String> versionFiles = new HashSet<>();
    policy.versions().forEach(v -> versionFiles.add(v.at().file()));
    if (!sources.containsKey(policyFile)) return Optional.empty();
    MessageDigest d = Digests.sha256();
    update(d, "policy " + policy.id() + " " + policyFile);
    // Sorted by name, so that the key does not depend on the order the loader read the files in.
    for (Map.Entry<String, String> e : new TreeMap<>(sources).entrySet()) {
      if (!e.getKey().startsWith(folder) || versionFiles.contains(e.getKey())) continue;
      update(d, e.getKey());
      update(d, e.getValue());
    }
    return Optional.of(HexFormat.of().formatHex(d.digest()));
  }

  /** The key of {@code version}'s findings; empty when its file's digest is unknown. */
  static Optional<String> version(
      String run, String policy, Policy owner, PolicyVersion version, Map<String, String> sources) {
    String digest = sources.get(version.at().file());
    if (digest == null) return Optional.empty();
    var versions = owner.versions();
    boolean newest = !versions.isEmpty() && versions.get(versions.size() - 1) == version;
    MessageDigest d = Digests.sha256();
    update(d, run);
    update(d, policy);
    update(d, version.id());
    update(d, version.at().file());
    update(d, digest);
    update(d, newest ? "newest" : "older");
    return Optional.of(HexFormat.of().formatHex(d.digest()));
  }

  static String of(String... parts) {
    MessageDigest d = Digests.sha256();
    for (String p : parts) update(d, p);
    return HexFormat.of().formatHex(d.digest());
  }

  /** Each part with its length first, so that no two lists of parts give the same bytes. */
  private static void update(MessageDigest d, String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    d.update((b.length + ":").getBytes(StandardCharsets.US_ASCII));
    d.update(b);
  }
}
