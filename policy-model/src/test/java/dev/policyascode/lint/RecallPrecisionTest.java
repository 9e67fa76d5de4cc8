package dev.policyascode.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policyascode.diagnostics.Finding;
import dev.policyascode.diagnostics.RuleMeta;
import dev.policyascode.diagnostics.Severity;
import dev.policyascode.lint.api.Rule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Measured, not asserted: recall and precision of the lint rules. Each clean policy is linted as it
 * is, so every finding on it is a false finding; then one defect at a time is planted into a copy
 * of a clean version, and the rule meant to find it must report a finding that the clean run did
 * not have. The defects are data beside each rule's fixtures ({@link PlantedDefects}). Prints a
 * table per family; fails if a planted defect is missed, if a clean policy has an error, or if a
 * rule of the registry has no planted defect.
 */
class RecallPrecisionTest {

  static final Path ROOT = Path.of(System.getProperty("basedir", "")).toAbsolutePath().getParent();

  /** A clean policy: its folder (with policy.yaml) and the version file the defects go into. */
  record Clean(String name, Path folder, String version) {
    String text() throws IOException {
      return Files.readString(
          folder.resolve("versions/" + version + ".yaml"), StandardCharsets.UTF_8);
    }
  }

  static final Clean QUCIT =
      new Clean("qucit-2027", ROOT.resolve("policies/qucit-privacy"), "2027-01-01");

  /** A fictional small German SaaS with a US email processor; see recall/README.md. */
  static final Clean NORDLICHT =
      new Clean(
          "nordlicht",
          ROOT.resolve("policy-model/src/test/resources/recall/nordlicht-privacy"),
          "2026-06-01");

  static final List<Clean> CLEAN = List.of(QUCIT, NORDLICHT);

  /**
   * Families this test does not plant, and why. A rule of any other family without a planted defect
   * fails the test.
   */
  static final Map<String, String> NOT_PLANTED =
      Map.of(
          "schema",
          "the structure of the files: the loader's cases are rows of HostileInputTest, and every"
              + " schema rule has its fixtures",
          // lint() copies one version and its lock entry; the versions-* rules compare a policy's
          // versions with each other and with the lock, so their cases need a history: they are
          // the fixtures under fixtures/versions-* (run by RuleFixtureTest) and the
          // published-edited and versions-workflow invoker builds.
          "versions",
          "they compare a policy's versions and its lock; their planted cases are in their own"
              + " fixtures and invoker builds",
          // lint() copies one version file; a translation is a second file beside it.
          "translations",
          "they compare a version with its translations, which lint() does not copy; their cases"
              + " are their fixtures and the corpus languages of TranslationCorpusTest");

  /**
   * The warnings accepted on the fictional clean policy, each with the reason it is not a defect of
   * the policy. Any other warning on it fails the test; its errors always do.
   */
  static final Map<String, String> NORDLICHT_ACCEPTED = Map.of();

  @Test
  void everyRuleHasAPlantedDefect() {
    Set<String> planted = new TreeSet<>();
    PlantedDefects.all().forEach(p -> planted.add(p.ruleId()));
    List<String> missing = new ArrayList<>();
    List<String> notToBePlanted = new ArrayList<>();
    for (Rule rule : RuleRegistry.builtIn()) {
      RuleMeta m = rule.meta();
      boolean planting = !NOT_PLANTED.containsKey(m.family());
      if (planting && !planted.contains(m.id())) missing.add(m.id());
      if (!planting && planted.contains(m.id())) notToBePlanted.add(m.id());
    }
    assertEquals(
        List.of(),
        missing,
        "these rules have no planted defect; add fixtures/<rule-id>/"
            + PlantedDefects.FILE
            + " (a change to a clean policy that the rule must find), or list the family in"
            + " NOT_PLANTED with the reason");
    assertEquals(
        List.of(),
        notToBePlanted,
        "these rules' families are in NOT_PLANTED, so their planted defects would never run");
  }

  @Test
  void everyPlantedDefectIsFoundAndNoCleanPolicyHasAnError(@TempDir Path tmp) throws IOException {
    Map<Clean, List<Finding>> cleanRuns = new LinkedHashMap<>();
    Map<Clean, String> cleanTexts = new HashMap<>();
    int n = 0;
    for (Clean c : CLEAN) {
      cleanTexts.put(c, c.text());
      cleanRuns.put(c, lint(tmp.resolve("run-" + n++), c, c.text()));
    }

    Map<String, int[]> byFamily = new TreeMap<>(); // family -> {planted, found}
    List<String> missed = new ArrayList<>();
    for (PlantedDefects.Plant p : PlantedDefects.all()) {
      Clean into = clean(p);
      String clean = cleanTexts.get(into);
      String text = p.apply(clean);
      assertNotEquals(clean, text, p.ruleId() + " in " + p.into() + ": the change did not apply");
      List<Finding> after = lint(tmp.resolve("run-" + n++), into, text);
      boolean found = hasNewFinding(p.ruleId(), cleanRuns.get(into), after);
      int[] counts = byFamily.computeIfAbsent(family(p.ruleId()), f -> new int[2]);
      counts[0]++;
      if (found) counts[1]++;
      else missed.add(p.ruleId() + " in " + p.into() + " (" + p.what() + ")");
    }

    System.out.println(table(byFamily, cleanRuns));
    assertEquals(List.of(), missed, "planted defects not found");
    List<String> falseErrors = new ArrayList<>();
    cleanRuns.forEach(
        (c, findings) ->
            findings.stream()
                .filter(f -> f.severity() == Severity.ERROR)
                .forEach(f -> falseErrors.add(c.name() + ": " + f.format())));
    assertEquals(List.of(), falseErrors, "errors on a clean policy");
    List<String> unexplained =
        cleanRuns.get(NORDLICHT).stream()
            .filter(f -> f.severity() == Severity.WARNING)
            .filter(f -> !NORDLICHT_ACCEPTED.containsKey(f.ruleId()))
            .map(Finding::format)
            .toList();
    assertEquals(
        List.of(),
        unexplained,
        "warnings on the fictional clean policy: fix the policy, or accept the rule in"
            + " NORDLICHT_ACCEPTED with the reason");
  }

  private static Clean clean(PlantedDefects.Plant p) {
    return CLEAN.stream()
        .filter(c -> c.name().equals(p.into()))
        .findFirst()
        .orElseThrow(
            () ->
                new AssertionError(
                    "fixtures/"
                        + p.ruleId()
                        + "/"
                        + PlantedDefects.FILE
                        + ": '"
                        + p.into()
                        + "' is no clean policy; 'into' is one of "
                        + CLEAN.stream().map(Clean::name).toList()));
  }

  /**
   * Whether the planted copy has a finding of the rule that the clean run has not. Findings are
   * compared by rule and message, counted, so that a finding of the clean version that the planted
   * line merely moved does not count as found.
   */
  private static boolean hasNewFinding(String ruleId, List<Finding> clean, List<Finding> after) {
    Map<String, Integer> before = new HashMap<>();
    clean.stream()
        .filter(f -> f.ruleId().equals(ruleId))
        .forEach(f -> before.merge(f.message(), 1, Integer::sum));
    for (Finding f : after) {
      if (!f.ruleId().equals(ruleId)) continue;
      if (before.merge(f.message(), -1, Integer::sum) < 0) return true;
    }
    return false;
  }

  private static String table(Map<String, int[]> byFamily, Map<Clean, List<Finding>> cleanRuns) {
    StringBuilder out = new StringBuilder("\nRecall and false findings of the lint rules\n");
    out.append(String.format("%-10s %7s %6s", "family", "planted", "found"));
    for (Clean c : cleanRuns.keySet()) {
      out.append(String.format("  %-18s", c.name() + " E/W/I"));
    }
    out.append('\n');
    int planted = 0;
    int found = 0;
    Set<String> families = new TreeSet<>(byFamily.keySet());
    cleanRuns.values().forEach(l -> l.forEach(f -> families.add(family(f.ruleId()))));
    for (String family : families) {
      int[] counts = byFamily.getOrDefault(family, new int[2]);
      planted += counts[0];
      found += counts[1];
      out.append(String.format("%-10s %7d %6d", family, counts[0], counts[1]));
      for (List<Finding> findings : cleanRuns.values()) {
        out.append(String.format("  %-18s", severities(findings, family)));
      }
      out.append('\n');
    }
    out.append(String.format("%-10s %7d %6d", "total", planted, found));
    for (List<Finding> findings : cleanRuns.values()) {
      out.append(String.format("  %-18s", severities(findings, null)));
    }
    out.append('\n');
    cleanRuns.forEach(
        (c, findings) ->
            findings.forEach(
                f -> out.append(c.name()).append(": ").append(f.format()).append('\n')));
    return out.toString();
  }

  private static String severities(List<Finding> findings, String family) {
    int[] n = new int[3];
    for (Finding f : findings) {
      if (family != null && !family(f.ruleId()).equals(family)) continue;
      n[f.severity().ordinal()]++;
    }
    return n[0] + "/" + n[1] + "/" + n[2];
  }

  private static String family(String ruleId) {
    return RuleRegistry.find(ruleId).map(r -> r.meta().family()).orElse(ruleId.split("-")[0]);
  }

  private static final Pattern VERSION = Pattern.compile("(?m)^version: (\\S+)$");

  private static List<Finding> lint(Path root, Clean policy, String text) throws IOException {
    String name = policy.folder().getFileName().toString();
    Path versions = Files.createDirectories(root.resolve(name + "/versions"));
    // The translations are not copied (see NOT_PLANTED): the copy lists the main language only,
    // as the flagship's languages: [en, fr] would otherwise ask for the French file.
    String policyYaml =
        Files.readString(policy.folder().resolve("policy.yaml"), StandardCharsets.UTF_8)
            .replaceFirst("(?m)^languages: \\[([^,\\]]+)[^\\]]*\\]", "languages: [$1]");
    Files.writeString(root.resolve(name + "/policy.yaml"), policyYaml, StandardCharsets.UTF_8);
    Matcher version = VERSION.matcher(text);
    assertTrue(version.find(), "no version: line");
    Files.writeString(versions.resolve(version.group(1) + ".yaml"), text, StandardCharsets.UTF_8);
    // the lock's entry for the clean version only: the other versions are not copied, and a
    // lock entry whose file is missing is a finding of its own
    Path lock = policy.folder().resolve("versions.lock");
    if (Files.exists(lock)) {
      List<String> entries =
          Files.readAllLines(lock, StandardCharsets.UTF_8).stream()
              .filter(l -> l.startsWith("#") || l.startsWith(policy.version() + " "))
              .toList();
      Files.write(root.resolve(name + "/versions.lock"), entries, StandardCharsets.UTF_8);
    }
    // the app store labels beside the versions, which the labels- rules compare with the version
    Path labels = policy.folder().resolve(RuleFixtureTest.STORE_LABELS);
    if (Files.exists(labels)) Files.copy(labels, root.resolve(name + "/store-labels.yaml"));
    LintReport report = Linter.builder().displayRoot(root).build().lint(root);
    assertTrue(report.unreadable().isEmpty(), "the copy must load: " + report.findings());
    return report.findings();
  }
}
