package dev.policyascode.lint.cache;

import dev.policyascode.diagnostics.Finding;
import dev.policyascode.io.Seal;
import dev.policyascode.load.VersionHeaders;
import dev.policyascode.model.Policy;
import dev.policyascode.model.PolicyVersion;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Findings of versions whose inputs did not change, kept in a folder between builds (the plugin's
 * is beside the render's build state, under {@code target/}). A version's findings are those of its
 * rules with the rule settings applied, before suppressions: suppressions and the baseline are
 * applied afterwards to every finding, cached or not. What a key covers is in {@link VersionKey}.
 *
 * <p>The cache only ever saves time: a folder that cannot be read, or a file cut short, changed or
 * signed with another key than this machine's (committed with a pull request, say), is no cache
 * (every version is checked), and one that cannot be written is left as it was.
 */
public final class LintCache {

  /** What one lint did with the cache. */
  public record Stats(int reused, int checked, boolean written) {}

  private final Path folder;
  private final String tool;
  private final Seal seal;
  private final AtomicReference<Stats> last = new AtomicReference<>(new Stats(0, 0, false));

  private LintCache(Path folder, String tool, Seal seal) {
    this.folder = Objects.requireNonNull(folder, "folder must not be null");
    this.tool = Objects.requireNonNull(tool, "tool must not be null");
    this.seal = Objects.requireNonNull(seal, "seal must not be null");
  }

  /**
   * A cache in {@code folder}, for the code this class is loaded with, whose files are signed with
   * {@code seal} (usually {@link Seal#machine}): files signed otherwise are no cache.
   */
  public static LintCache in(Path folder, Seal seal) {
    return new LintCache(folder, ToolFingerprint.current(), seal);
  }

  /**
   * A cache in {@code folder} for a tool of the given fingerprint: what {@link #in} computes, or
   * another one in a test that plays a new version of the tool.
   */
  public static LintCache in(Path folder, String toolFingerprint, Seal seal) {
    return new LintCache(folder, toolFingerprint, seal);
  }

  public Path folder() {
    return folder;
  }

  /** The key this cache's files are signed with. */
  public Seal seal() {
    return seal;
  }

  /**
   * The headers of the version files an earlier lint read, in this cache's folder and for the same
   * tool: the loader parses only the files that changed. Read once per call; closed by the caller.
   */
  public VersionHeaders headers() {
    return VersionHeaders.in(folder, tool, seal);
  }

  /** What the latest lint through this cache did: how many versions it reused and checked. */
  public Stats lastRun() {
    return last.get();
  }

  /**
   * Starts a lint: reads the folder once. {@code configuration} describes the linter's settings and
   * the folders that findings' paths are relative to; {@code sources} are the digests of the files
   * the loader read, by their name in findings.
   */
  public Run open(String configuration, Map<String, String> sources) {
    return new Run(this, VersionKey.of(tool, configuration), sources);
  }

  /** One lint through the cache. Its methods may be called from several threads. */
  public static final class Run {
    private final LintCache cache;
    private final String key;
    private final Map<String, String> sources;
    private final Map<String, List<Finding>> before;
    private final Map<String, List<Finding>> now = new ConcurrentHashMap<>();
    private final Map<Policy, Optional<String>> policies =
        java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());
    private final AtomicInteger reused = new AtomicInteger();
    private final AtomicInteger checked = new AtomicInteger();

    private Run(LintCache cache, String key, Map<String, String> sources) {
      this.cache = cache;
      this.key = key;
      this.sources = sources;
      this.before = CacheFile.read(cache.folder.resolve(CacheFile.NAME), cache.seal);
    }

    /**
     * The findings of {@code version}: the cached ones when its key is in the cache, else those
     * {@code check} gives, which are kept for the next lint.
     */
    public List<Finding> findings(
        Policy policy, PolicyVersion version, Supplier<List<Finding>> check) {
      Optional<String> policyKey =
          policies.computeIfAbsent(policy, p -> VersionKey.policy(p, sources));
      Optional<String> versionKey =
          policyKey.flatMap(p -> VersionKey.version(key, p, policy, version, sources));
      if (versionKey.isPresent()) {
        List<Finding> cached = before.get(versionKey.get());
        if (cached != null) {
          reused.incrementAndGet();
          now.put(versionKey.get(), cached);
          return cached;
        }
      }
      checked.incrementAndGet();
      List<Finding> findings = List.copyOf(check.get());
      versionKey.ifPresent(k -> now.put(k, findings));
      return findings;
    }

    /**
     * Ends the lint: keeps this lint's entries, and only them (the entries of deleted or edited
     * versions go), when they differ from what was read.
     */
    public Stats close() {
      boolean write = !now.keySet().equals(before.keySet());
      boolean written = false;
      if (write) {
        try {
          // In a fixed order, so that the same findings give the same file.
          CacheFile.write(
              cache.folder.resolve(CacheFile.NAME), new java.util.TreeMap<>(now), cache.seal);
          written = true;
        } catch (IOException | RuntimeException e) {
          // Not written: the next lint checks these versions again, which is all it costs.
        }
      }
      Stats stats = new Stats(reused.get(), checked.get(), written);
      cache.last.set(stats);
      return stats;
    }
  }
}
