package dev.policyascode.lint.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policyascode.Flagship;
import dev.policyascode.diagnostics.Severity;
import dev.policyascode.io.Seal;
import dev.policyascode.lint.LintReport;
import dev.policyascode.lint.Linter;
import dev.policyascode.lint.RuleSetting;
import dev.policyascode.versions.NewVersion;
import dev.policyascode.versions.Publish;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * After each kind of change, a lint through a warm cache reports exactly what a lint without one
 * reports (every finding, its message, severity and position; the suppressed ones too), and it
 * reused the versions whose inputs did not change, and only those.
 */
class LintCacheTest {

  private static final String TOOL = "tool-1";

  /** This machine's key, for the test: every cache here is written and read with it. */
  private static final Seal SEAL = Seal.random();

  @TempDir Path dir;
  private Path policies;
  private Path policy;
  private Path cache;

  /**
   * The flagship as it is (policy.yaml, store labels, lock, a French translation) with two more
   * published versions between its two: four versions.
   */
  @BeforeEach
  void setUp() throws IOException {
    policies = dir.resolve("policies");
    policy = policies.resolve("qucit-privacy");
    cache = dir.resolve("target/policy-lint-cache");
    Flagship.copyTo(policy);
    for (String id : List.of("2019-01-01", "2020-01-01")) {
      Files.writeString(version(id), Flagship.firstVersionAs(id));
    }
    assertEquals(new LintCache.Stats(0, 4, true), lint(b -> b, TOOL), "the cold lint");
  }

  private Path version(String id) {
    return policy.resolve("versions/" + id + ".yaml");
  }

  /**
   * Lints without a cache and through the cache with the same settings, checks that the reports are
   * the same, and returns what the cache did.
   */
  private LintCache.Stats lint(UnaryOperator<Linter.Builder> settings, String tool) {
    LintReport fresh = settings.apply(Linter.builder().displayRoot(dir)).build().lint(policies);
    LintCache through = LintCache.in(cache, tool, SEAL);
    LintReport cached =
        settings.apply(Linter.builder().displayRoot(dir)).cache(through).build().lint(policies);
    assertEquals(fresh.findings(), cached.findings());
    assertEquals(
        fresh.findings().stream().map(f -> f.format()).toList(),
        cached.findings().stream().map(f -> f.format()).toList());
    assertEquals(fresh.suppressed(), cached.suppressed());
    assertEquals(fresh.unreadable(), cached.unreadable());
    assertEquals(fresh.digests(), cached.digests());
    assertEquals(
        fresh.policies().stream().map(p -> p.id()).toList(),
        cached.policies().stream().map(p -> p.id()).toList());
    return through.lastRun();
  }

  private LintCache.Stats lint() {
    return lint(b -> b, TOOL);
  }

  @Test
  void nothingChangedReusesEveryVersionAndWritesNothing() throws IOException {
    assertFalse(lint().reused() == 0 && lint().checked() == 0);
    Path file = cache.resolve(CacheFile.NAME);
    long modified = Files.getLastModifiedTime(file).toMillis();
    assertEquals(new LintCache.Stats(4, 0, false), lint());
    assertEquals(modified, Files.getLastModifiedTime(file).toMillis());
  }

  @Test
  void anEditedVersionIsTheOnlyOneCheckedAgain() throws IOException {
    String text = Files.readString(version("2019-01-01"));
    Files.writeString(
        version("2019-01-01"), text.replace("Updated to May 25", "Updated to May 26"));
    assertNotEquals(text, Files.readString(version("2019-01-01")));
    assertEquals(new LintCache.Stats(3, 1, true), lint());
    assertEquals(new LintCache.Stats(4, 0, false), lint());
  }

  @Test
  void anEditedPolicyFileChecksEveryVersion() throws IOException {
    Path file = policy.resolve("policy.yaml");
    Files.writeString(file, Files.readString(file) + "\n# a comment changes the bytes\n");
    assertEquals(new LintCache.Stats(0, 4, true), lint());
  }

  @Test
  void anEditedTranslationOrStoreLabelsChecksEveryVersion() throws IOException {
    Path fr = policy.resolve("versions/2027-01-01.fr.yaml");
    Files.writeString(fr, Files.readString(fr) + "\n# edited\n");
    assertEquals(new LintCache.Stats(0, 4, true), lint());
    Path labels = policy.resolve("store-labels.yaml");
    Files.writeString(labels, Files.readString(labels) + "\n# edited\n");
    assertEquals(new LintCache.Stats(0, 4, true), lint());
  }

  @Test
  void anAddedTranslationChecksEveryVersion() throws IOException {
    Files.copy(
        policy.resolve("versions/2027-01-01.fr.yaml"),
        policy.resolve("versions/2028-01-01.fr.yaml"));
    lint(); // the translation of a version that does not exist: whatever the lint says, the same
  }

  @Test
  void aNewVersionAndItsPublicationCheckOnlyTheVersionsTheyTouch() throws Exception {
    // The new version becomes the newest: the labels rules now check it, not 2027-01-01.
    NewVersion.start(policies, Optional.empty(), "2028-01-01", Optional.empty(), dir);
    assertEquals(new LintCache.Stats(3, 2, true), lint());
    Path draft = version("2028-01-01");
    Files.writeString(
        draft,
        Files.readString(draft)
            .replace("status: draft\n", "status: draft\nsummary: The hosts are named.\n"));
    assertEquals(new LintCache.Stats(4, 1, true), lint(), "the summary: that version only");
    String lock = Files.readString(policy.resolve("versions.lock"));
    Publish.publish(
        policies, Optional.empty(), Optional.of("2028-01-01"), dir, LocalDate.of(2027, 11, 1));
    assertNotEquals(lock, Files.readString(policy.resolve("versions.lock")));
    assertEquals(new LintCache.Stats(4, 1, true), lint());
  }

  @Test
  void aLockChangedByHandChecksNoVersionButIsReported() throws IOException {
    Path lock = policy.resolve("versions.lock");
    Files.writeString(lock, Files.readString(lock).replace("sha256:c50d", "sha256:0000"));
    assertEquals(new LintCache.Stats(4, 0, false), lint());
  }

  @Test
  void aVersionAddedInTheMiddleIsTheOnlyOneChecked() throws IOException {
    Files.writeString(
        version("2021-01-01"),
        Files.readString(version("2020-01-01"))
            .replace(
                "version: 2020-01-01\neffective: 2020-01-01",
                "version: 2021-01-01\neffective: 2021-01-01"));
    assertEquals(new LintCache.Stats(4, 1, true), lint());
  }

  @Test
  void aDeletedVersionLeavesTheCache() throws IOException {
    Files.delete(version("2019-01-01"));
    assertEquals(new LintCache.Stats(3, 0, true), lint());
    assertEquals(new LintCache.Stats(3, 0, false), lint());
    assertEquals(3, CacheFile.read(cache.resolve(CacheFile.NAME), SEAL).size());
  }

  @Test
  void aDeletedNewestVersionChecksTheNewNewest() throws IOException {
    Files.delete(policy.resolve("versions/2027-01-01.fr.yaml"));
    Files.delete(version("2027-01-01"));
    assertEquals(new LintCache.Stats(0, 3, true), lint(), "the translation went: every version");
    Files.delete(version("2020-01-01"));
    assertEquals(new LintCache.Stats(1, 1, true), lint(), "2019-01-01 is now the newest");
  }

  @Test
  void aRuleSettingChecksEveryVersion() {
    assertEquals(
        new LintCache.Stats(0, 4, true),
        lint(b -> b.rule("terms-undefined", RuleSetting.at(Severity.ERROR)), TOOL));
    assertEquals(
        new LintCache.Stats(0, 4, true),
        lint(b -> b.rule("terms-undefined", RuleSetting.OFF), TOOL));
    assertEquals(
        new LintCache.Stats(4, 0, false),
        lint(b -> b.rule("terms-undefined", RuleSetting.OFF), TOOL));
  }

  @Test
  void aNumericSettingChecksEveryVersion() {
    assertEquals(new LintCache.Stats(0, 4, true), lint(b -> b.longestSentence(12), TOOL));
    assertEquals(new LintCache.Stats(0, 4, true), lint(b -> b.noticeDays(3), TOOL));
    assertEquals(new LintCache.Stats(0, 4, true), lint(b -> b.adequacyWarningDays(9000), TOOL));
  }

  @Test
  void anotherToolChecksEveryVersion() {
    assertEquals(new LintCache.Stats(0, 4, true), lint(b -> b, "tool-2"));
    assertEquals(new LintCache.Stats(4, 0, false), lint(b -> b, "tool-2"));
  }

  @Test
  void theCurrentToolHasOneFingerprint() {
    String tool = ToolFingerprint.current();
    assertEquals(64, tool.length());
    assertEquals(tool, ToolFingerprint.current());
  }

  @Test
  void aCorruptCacheIsNoCache() throws IOException {
    Path file = cache.resolve(CacheFile.NAME);
    String good = Files.readString(file);
    assertTrue(good.contains("\nF\t"), "the flagship has findings to corrupt");
    // A message changed but not the sum, a file cut short, bytes that are not UTF-8, nothing.
    List<byte[]> corrupt =
        List.of(
            good.replaceFirst("(F\t[^\n]*)\n", "$1 changed\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8),
            good.substring(0, good.length() / 2).getBytes(java.nio.charset.StandardCharsets.UTF_8),
            new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1},
            new byte[0]);
    for (byte[] bytes : corrupt) {
      Files.write(file, bytes);
      assertEquals(new LintCache.Stats(0, 4, true), lint());
      assertEquals(new LintCache.Stats(4, 0, false), lint());
    }
  }

  @Test
  void aCacheThatCannotBeWrittenOrReadIsNoError() throws IOException {
    Path file = cache.resolve(CacheFile.NAME);
    Files.delete(file);
    Files.createDirectories(file); // a folder where the file should be
    assertEquals(new LintCache.Stats(0, 4, false), lint());
  }

  @Test
  void findingsSealedWithThisMachinesKeyAreServed() throws IOException {
    // Shows that the findings do come from the file: rewritten and sealed with this machine's key,
    // an entry's message is what the next lint reports. The next test shows why that is safe.
    plant(SEAL);
    assertTrue(linted().findings().stream().anyMatch(f -> f.message().equals("planted")));
  }

  @Test
  void aCacheForgedWithoutThisMachinesKeyIsNoCache() throws IOException {
    // A pull request can commit target/policy-lint-cache with entries for its own files (their keys
    // are computable) that say "no findings"; the seal is the only thing it cannot compute.
    plant(Seal.random());
    LintReport report = linted();
    assertTrue(report.findings().stream().noneMatch(f -> f.message().equals("planted")));
    assertEquals(new LintCache.Stats(0, 4, true), lastCache.lastRun(), "every version checked");
    // The plain SHA-256 the cache used to end with is no seal either.
    Path file = cache.resolve(CacheFile.NAME);
    List<String> lines = Files.readAllLines(file);
    List<String> body = lines.subList(0, lines.size() - 1);
    var d = dev.policyascode.io.Digests.sha256();
    for (String line : body)
      d.update((line + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    String summed =
        String.join("\n", body) + "\nsum " + java.util.HexFormat.of().formatHex(d.digest()) + "\n";
    Files.writeString(file, summed);
    assertTrue(CacheFile.read(file, SEAL).isEmpty());
    assertEquals(new LintCache.Stats(0, 4, true), lint());
  }

  /** Rewrites the cache with one finding's message changed, sealed with {@code seal}. */
  private void plant(Seal seal) throws IOException {
    Path file = cache.resolve(CacheFile.NAME);
    var entries = new java.util.TreeMap<>(CacheFile.read(file, SEAL));
    String key =
        entries.entrySet().stream()
            .filter(e -> !e.getValue().isEmpty())
            .findFirst()
            .orElseThrow()
            .getKey();
    var findings = new java.util.ArrayList<>(entries.get(key));
    var first = findings.get(0);
    findings.set(
        0,
        new dev.policyascode.diagnostics.Finding(
            first.ruleId(), first.severity(), "planted", first.at()));
    entries.put(key, findings);
    CacheFile.write(file, entries, seal);
  }

  private LintCache lastCache;

  private LintReport linted() {
    lastCache = LintCache.in(cache, TOOL, SEAL);
    return Linter.builder().displayRoot(dir).cache(lastCache).build().lint(policies);
  }
}
