package dev.policyascode.lint;

import dev.policyascode.concurrent.Parallel;
import dev.policyascode.diagnostics.Finding;
import dev.policyascode.diagnostics.Severity;
import dev.policyascode.diagnostics.SourceText;
import dev.policyascode.lint.api.PolicyContext;
import dev.policyascode.lint.api.Rule;
import dev.policyascode.lint.api.TextMemo;
import dev.policyascode.lint.api.VersionContext;
import dev.policyascode.lint.cache.LintCache;
import dev.policyascode.lint.suppress.Suppressions;
import dev.policyascode.load.LoadResult;
import dev.policyascode.load.PolicyLoader;
import dev.policyascode.load.VersionHeaders;
import dev.policyascode.model.Policy;
import dev.policyascode.model.PolicyVersion;
import dev.policyascode.versions.History;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Loads the policies under a folder and runs the rules on every version. Configured once with
 * {@link #builder()}; a Linter is immutable and may be shared between threads.
 */
public final class Linter {

  private final List<Rule> rules;
  private final Map<String, RuleSetting> settings;
  private final Path displayRoot;
  private final Map<String, Integer> numbers;
  private final LintCache cache;

  /** Makes each run's memo of texts; a test makes its own, to watch it or to keep nothing. */
  private final java.util.function.Supplier<TextMemo> memos;

  private Linter(Builder b) {
    this.rules = List.copyOf(b.rules);
    this.settings = Map.copyOf(b.settings);
    this.displayRoot = b.displayRoot;
    this.numbers = new TreeMap<>(b.numbers);
    this.cache = b.cache;
    this.memos = b.memos;
  }

  public static Builder builder() {
    return new Builder();
  }

  public LintReport lint(Path policiesDir) {
    Path root = (displayRoot == null ? policiesDir : displayRoot).toAbsolutePath().normalize();
    LoadResult loaded;
    if (cache == null) {
      loaded = new PolicyLoader(root).load(policiesDir);
    } else {
      // An unchanged version file is not parsed: its header is the cache's, its body is made from
      // the file if anything asks for it (its rules' findings are the cache's too).
      VersionHeaders headers = cache.headers();
      loaded = new PolicyLoader(root).withHeaders(headers).load(policiesDir);
      headers.close();
    }
    List<Finding> findings = new ArrayList<>();
    loaded.findings().forEach(f -> configured(f).ifPresent(findings::add));
    // The versions to check, not their contexts: a context holds what its rules computed (word
    // scans, term indexes), which should go as soon as its version is checked, not at the end.
    List<Map.Entry<Policy, PolicyVersion>> versions = new ArrayList<>();
    for (Policy policy : loaded.policies()) {
      // The loader has checked that the folder is named after the policy's id.
      PolicyContext history =
          new PolicyContext(policy, History.read(policiesDir.resolve(policy.id()), policy, loaded));
      for (Rule rule : rules) {
        if (RuleSetting.OFF.equals(settings.get(rule.meta().id()))) continue;
        rule.checkPolicy(history, f -> configured(f).ifPresent(findings::add));
      }
      for (PolicyVersion version : policy.versions()) versions.add(Map.entry(policy, version));
    }
    // Versions are checked independently, on every core; the findings are sorted below, so the
    // report does not depend on which thread finished first.
    LintCache.Run cached =
        cache == null ? null : cache.open(configuration(root, policiesDir), loaded.sources());
    // What the rules derive from a text alone is shared by every version of this run that has the
    // text (most of a version's texts are its predecessor's), and let go with the run.
    TextMemo texts = memos.get();
    Parallel.map(
            versions,
            v ->
                cached == null
                    ? check(v.getKey(), v.getValue(), texts)
                    : cached.findings(
                        v.getKey(), v.getValue(), () -> check(v.getKey(), v.getValue(), texts)))
        .forEach(findings::addAll);
    if (cached != null) cached.close();
    // A finding about policy.yaml (its controller, say) is reached from each of its versions: it
    // is one finding, reported once.
    List<Finding> distinct = findings.stream().distinct().sorted().toList();
    findings.clear();
    findings.addAll(distinct);
    Set<String> loadedFiles = new TreeSet<>();
    for (Policy policy : loaded.policies()) {
      loadedFiles.add(policy.at().file());
      policy.versions().forEach(v -> loadedFiles.add(v.at().file()));
    }
    // The comments were read with the values: the suppressions need no second parse.
    Suppressions.Result suppressions =
        new Suppressions(rules, off()).apply(findings, loaded.comments(), loadedFiles);
    List<Finding> kept = new ArrayList<>(suppressions.kept());
    suppressions.problems().forEach(f -> configured(f).ifPresent(kept::add));
    kept.sort(null);
    // The report keeps the lines its findings are on (fingerprints read them), suppressed or about
    // a suppression comment: not every line of every file.
    List<Finding> placed = new ArrayList<>(findings);
    placed.addAll(suppressions.problems());
    Set<String> files = new TreeSet<>(loadedFiles);
    Map<String, Set<Integer>> findingLines = new HashMap<>();
    for (Finding f : placed) {
      files.add(f.at().file());
      findingLines.computeIfAbsent(f.at().file(), x -> new HashSet<>()).add(f.at().line());
    }
    SourceText sources = SourceText.read(root, files, findingLines, text -> false);
    return new LintReport(
        loaded.policies(),
        loaded.unreadable(),
        kept,
        suppressions.suppressed(),
        rules.stream().map(Rule::meta).toList(),
        loaded.filesRead(),
        sources,
        loaded.sources());
  }

  private List<Finding> check(Policy policy, PolicyVersion version, TextMemo texts) {
    VersionContext context = VersionContext.of(policy, version, texts);
    List<Finding> findings = new ArrayList<>();
    for (Rule rule : rules) {
      if (RuleSetting.OFF.equals(settings.get(rule.meta().id()))) continue;
      rule.check(context, f -> configured(f).ifPresent(findings::add));
    }
    return findings;
  }

  /**
   * What a version's findings depend on besides its files and the tool: each rule's setting, the
   * numeric settings, and the folders paths are shown relative to. Part of the cache's key.
   */
  private String configuration(Path root, Path policiesDir) {
    return "root="
        + root
        + " policies="
        + policiesDir.toAbsolutePath().normalize()
        + " rules="
        + rules.stream().map(r -> r.meta().id() + ":" + setting(r.meta().id())).toList()
        + " numbers="
        + numbers;
  }

  private String setting(String id) {
    RuleSetting s = settings.get(id);
    return s == null ? "default" : s.severity().map(Severity::label).orElse("off");
  }

  private Set<String> off() {
    Set<String> off = new HashSet<>();
    settings.forEach(
        (id, s) -> {
          if (s.equals(RuleSetting.OFF)) off.add(id);
        });
    return off;
  }

  private Optional<Finding> configured(Finding f) {
    RuleSetting s = settings.get(f.ruleId());
    if (s == null) return Optional.of(f);
    return s.severity().map(f::withSeverity);
  }

  public static final class Builder {
    private final List<Rule> rules = new ArrayList<>(RuleRegistry.builtIn());
    private final Map<String, RuleSetting> settings = new LinkedHashMap<>();
    private Path displayRoot;
    private final Map<String, Integer> numbers = new LinkedHashMap<>();
    private LintCache cache;
    private java.util.function.Supplier<TextMemo> memos = TextMemo::new;

    private Builder() {}

    /** Switches a rule off or changes its severity. Unknown rule ids are refused. */
    public Builder rule(String id, RuleSetting setting) {
      Objects.requireNonNull(setting, "setting must not be null");
      if (rules.stream().noneMatch(r -> r.meta().id().equals(id))) {
        List<String> ids = rules.stream().map(r -> r.meta().id()).toList();
        String hint =
            dev.policyascode.load.DidYouMean.closest(id, ids)
                .map(c -> " Did you mean '" + c + "'?")
                .orElse("");
        throw new IllegalArgumentException("There is no rule '" + id + "'." + hint);
      }
      Rule rule = rules.stream().filter(r -> r.meta().id().equals(id)).findFirst().orElseThrow();
      if (rule.reportedWhileLoading() && !setting.equals(RuleSetting.at(Severity.ERROR))) {
        throw new IllegalArgumentException(
            "The rule '"
                + id
                + "' cannot be switched off or lowered:"
                + " a file with this problem cannot be read, so its policy would silently drop out."
                + " Fix the file instead.");
      }
      settings.put(id, setting);
      return this;
    }

    /**
     * The least number of days between a version's publication and its effective date, below which
     * {@code versions-short-notice} warns; by default {@value
     * dev.policyascode.lint.rules.VersionsShortNotice#DEFAULT_DAYS}.
     *
     * @throws IllegalArgumentException when {@code days} is negative
     */
    public Builder noticeDays(int days) {
      Rule rule = new dev.policyascode.lint.rules.VersionsShortNotice(days);
      rules.replaceAll(r -> r.meta().id().equals(rule.meta().id()) ? rule : r);
      numbers.put("noticeDays", days);
      return this;
    }

    /**
     * How many days after a version's effective date an adequacy decision's end is reported ({@code
     * transfers-adequacy-expiring}); 180 unless set.
     */
    public Builder adequacyWarningDays(int days) {
      if (days < 0) {
        throw new IllegalArgumentException(
            "adequacyWarningDays is " + days + "; write a number of days, 0 or more");
      }
      rules.replaceAll(
          r ->
              r instanceof dev.policyascode.lint.rules.TransfersAdequacyExpiring
                  ? new dev.policyascode.lint.rules.TransfersAdequacyExpiring(days)
                  : r);
      numbers.put("adequacyWarningDays", days);
      return this;
    }

    /**
     * The longest sentence, in words, that {@code plain-long-sentence} lets through.
     *
     * @throws IllegalArgumentException for fewer than 10 words, which would report every sentence
     */
    public Builder longestSentence(int words) {
      dev.policyascode.lint.rules.PlainLongSentence configured =
          new dev.policyascode.lint.rules.PlainLongSentence(words);
      rules.replaceAll(r -> r.meta().equals(configured.meta()) ? configured : r);
      numbers.put("longestSentence", words);
      return this;
    }

    /** The folder that file paths in findings are relative to; by default the policies folder. */
    public Builder displayRoot(Path root) {
      this.displayRoot = root;
      return this;
    }

    /**
     * Reuses the findings of versions whose inputs did not change since a lint through the same
     * cache; the report is the one a lint without it gives. None by default.
     */
    public Builder cache(LintCache cache) {
      this.cache = cache;
      return this;
    }

    /** Where each run gets its memo of texts; for tests. */
    Builder textMemos(java.util.function.Supplier<TextMemo> memos) {
      this.memos = Objects.requireNonNull(memos);
      return this;
    }

    public Linter build() {
      return new Linter(this);
    }
  }
}
