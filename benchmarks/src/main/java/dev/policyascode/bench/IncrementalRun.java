package dev.policyascode.bench;

import dev.policyascode.lint.LintReport;
import dev.policyascode.lint.Linter;
import dev.policyascode.lint.cache.LintCache;
import dev.policyascode.load.PolicyLoader;
import dev.policyascode.render.SiteRenderer;
import dev.policyascode.versions.NewVersion;
import dev.policyascode.versions.WorkflowException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A one-version change against a full build, for issue 18's target (at most 10 % of a full build):
 * lint and render everything, without a cache or a build state, against lint and render after
 * editing one version's summary, with the lint cache and the render's build state both warm. Each
 * run gives the version a summary it never had before, so that every timed run has a change to take
 * in that no earlier output holds (an edit back and forth would find the pages in the render's
 * spare folder, which is not what a real edit does). Two flows:
 *
 * <ul>
 *   <li>{@code published}, the figure's history since issue 18's first round: the middle version,
 *       so that its neighbours' changes pages are rendered again too. Every generated version is
 *       published and locked, so this is an edit the lint refuses ({@code versions-changed}) and a
 *       Maven build would stop before the render; as a measure of the work it stands.
 *   <li>{@code draft}, the flow of a pull request: a draft started from the newest version as
 *       {@code policy:new-version} does, its summary written and rewritten. Drafts are not on the
 *       public site (the render's default), so the render keeps every page.
 * </ul>
 */
final class IncrementalRun {

  private static final String ORIGINAL = " of the policy.\n";

  private IncrementalRun() {}

  /** Prints one {@code INCREMENTAL} line; generates the policies first if they are missing. */
  static String run(Path root, int size, int runs, String flow) throws IOException {
    Path generated = root.resolve(size + "/policies");
    if (!Files.isDirectory(generated)) PolicyGenerator.generate(generated, size);
    Path work = root.resolve(size + "/incremental-" + flow);
    delete(work);
    Path policies = work.resolve("policies");
    copy(generated, policies);
    Path cache = work.resolve("target/policy-lint-cache");
    Path site = work.resolve("target/policy-site");
    Path state = work.resolve("target/policy-site.state");
    Path version =
        switch (flow) {
          case "published" -> middleVersion(policies);
          case "draft" -> newDraft(policies, work);
          default -> throw new IllegalArgumentException("published or draft: " + flow);
        };

    // Warm the incremental side: one build through the cache and the state.
    // One key for the run, as one machine has: the cache is written and read in this JVM.
    LintCache lintCache = LintCache.in(cache, dev.policyascode.io.Seal.random());
    build(policies, lintCache, site, state);
    // A full build (no cache, no state, as a first build or -Dpolicy.incremental=false does) and a
    // one-version change, in turn: the machine's speed drifts from one minute to the next, and
    // timing all of one and then all of the other put that drift into their ratio. The share is
    // the median of each pair's ratio.
    int warmups = 3;
    long[] full = new long[runs];
    long[] incremental = new long[runs];
    long[] lint = new long[runs];
    double[] share = new double[runs];
    int reused = 0;
    int checked = 0;
    int rendered = 0;
    for (int i = -warmups; i < runs; i++) {
      long f0 = System.nanoTime();
      LintReport all = Linter.builder().build().lint(policies);
      SiteRenderer.builder()
          .sources(all.digests())
          .build()
          .render(all.policies(), work.resolve("target/full-site"));
      long f1 = System.nanoTime();
      edit(version, i + warmups + 1);
      long t0 = System.nanoTime();
      LintReport report = Linter.builder().cache(lintCache).build().lint(policies);
      long t1 = System.nanoTime();
      rendered = render(report, site, state);
      long t2 = System.nanoTime();
      if (i >= 0) {
        full[i] = f1 - f0;
        incremental[i] = t2 - t0;
        lint[i] = t1 - t0;
        share[i] = (double) incremental[i] / full[i];
        reused = lintCache.lastRun().reused();
        checked = lintCache.lastRun().checked();
      }
    }
    // The loading alone (every file read, parsed and checked), which the lint cannot skip.
    long[] load = new long[runs];
    for (int i = 0; i < runs; i++) {
      long t0 = System.nanoTime();
      new PolicyLoader(policies).load(policies);
      load[i] = System.nanoTime() - t0;
    }
    double fullMs = median(full) / 1e6;
    double incMs = median(incremental) / 1e6;
    return String.format(
        Locale.ROOT,
        "INCREMENTAL size=%d flow=%s runs=%d full_ms=%.1f incremental_ms=%.1f incremental_lint_ms=%.1f"
            + " load_ms=%.1f reused=%d checked=%d rendered=%d pct=%.1f",
        size,
        flow,
        runs,
        fullMs,
        incMs,
        median(lint) / 1e6,
        median(load) / 1e6,
        reused,
        checked,
        rendered,
        100 * median(share));
  }

  private static void build(Path policies, LintCache cache, Path site, Path state) {
    render(Linter.builder().cache(cache).build().lint(policies), site, state);
  }

  private static int render(LintReport report, Path site, Path state) {
    return SiteRenderer.builder()
        .sources(report.digests())
        .stateFile(state)
        // as the plugin does for its default output folder, inside target/
        .keepSpare(true)
        .build()
        .render(report.policies(), site)
        .rendered();
  }

  /** The version file in the middle of the first policy's versions, by name. */
  private static Path middleVersion(Path policies) throws IOException {
    List<Path> versions = versionFiles(firstPolicy(policies));
    return versions.get(versions.size() / 2);
  }

  private static Path firstPolicy(Path policies) throws IOException {
    try (Stream<Path> s = Files.list(policies)) {
      return s.filter(Files::isDirectory).sorted().findFirst().orElseThrow();
    }
  }

  private static List<Path> versionFiles(Path policy) throws IOException {
    try (Stream<Path> s = Files.list(policy.resolve("versions"))) {
      return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
  }

  /**
   * A draft started from the newest version, a year after it, as {@code policy:new-version} starts
   * one; given the generated versions' summary, which the edits then change.
   */
  private static Path newDraft(Path policies, Path work) throws IOException {
    Path folder = firstPolicy(policies);
    Path newest = versionFiles(folder).get(versionFiles(folder).size() - 1);
    String effective = newest.getFileName().toString().replace(".yaml", "");
    String next = java.time.LocalDate.parse(effective).plusYears(1).toString();
    try {
      NewVersion.start(policies, Optional.empty(), next, Optional.empty(), work);
    } catch (WorkflowException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
    Path draft = folder.resolve("versions/" + next + ".yaml");
    String text = Files.readString(draft);
    String status = "status: draft\n";
    if (!text.contains(status)) throw new IllegalStateException("no draft status in " + draft);
    Files.writeString(draft, text.replace(status, status + "summary: Draft" + ORIGINAL));
    return draft;
  }

  /** The summary with its {@code n}th edit: a change of text, which the pages show. */
  private static void edit(Path version, int n) throws IOException {
    String text = Files.readString(version);
    String was = n == 1 ? ORIGINAL : edited(n - 1);
    String now = text.replace(was, edited(n));
    if (now.equals(text)) throw new IllegalStateException("no summary to edit in " + version);
    Files.writeString(version, now);
  }

  private static String edited(int n) {
    return " of the policy, edit " + n + ".\n";
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) Files.createDirectories(target);
        else Files.copy(p, target);
      }
    }
  }

  private static void delete(Path dir) throws IOException {
    if (!Files.exists(dir)) return;
    try (Stream<Path> s = Files.walk(dir)) {
      s.sorted(Comparator.reverseOrder())
          .forEach(
              p -> {
                try {
                  Files.delete(p);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    }
  }

  private static double median(long[] values) {
    return median(Arrays.stream(values).asDoubleStream().toArray());
  }

  private static double median(double[] values) {
    double[] v = values.clone();
    Arrays.sort(v);
    return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
  }
}
