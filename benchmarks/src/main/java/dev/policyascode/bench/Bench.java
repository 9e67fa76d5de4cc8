package dev.policyascode.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import dev.policyascode.lint.LintReport;
import dev.policyascode.lint.Linter;
import dev.policyascode.model.Policy;
import dev.policyascode.model.PolicyVersion;
import dev.policyascode.model.Prose;
import dev.policyascode.render.RenderResult;
import dev.policyascode.render.SiteRenderer;
import java.io.IOException;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.representer.Representer;

/**
 * The benchmark's steps, each a sub-command so that {@code run.sh} can give the heap measurement a
 * JVM of its own:
 *
 * <ul>
 *   <li>{@code generate <dir> <size>...}: synthetic policies under {@code <dir>/<size>/};
 *   <li>{@code time <dir> <size>...}: end to end and floor, warmed up and repeated, in one JVM,
 *       sizes in increasing order; also writes {@code <dir>/<size>.md}, every body concatenated,
 *       for pandoc; prints one {@code TIME} line per size;
 *   <li>{@code heap <dir> <size>}: one end-to-end run and the largest heap in use after a garbage
 *       collection; prints a {@code HEAP} line;
 *   <li>{@code hostile <dir> <case> [<size>]}: one of the {@link HostileCases}, linted and
 *       rendered; prints a {@code HOSTILE} line;
 *   <li>{@code incremental <dir> <size> [<runs>]}: a full lint+render against one after a
 *       one-version change, with the lint cache and the render's build state warm ({@link
 *       IncrementalRun}); prints an {@code INCREMENTAL} line.
 * </ul>
 */
public final class Bench {

  private Bench() {}

  public static void main(String[] args) throws Exception {
    switch (args[0]) {
      case "generate" -> {
        for (String size : Arrays.copyOfRange(args, 2, args.length)) {
          Path dir = Path.of(args[1], size, "policies");
          long bytes = PolicyGenerator.generate(dir, Integer.parseInt(size));
          System.out.println("GENERATED size=" + size + " bytes=" + bytes);
        }
      }
      case "time" -> {
        for (String size : Arrays.copyOfRange(args, 2, args.length)) {
          time(Path.of(args[1]), Integer.parseInt(size));
        }
      }
      case "heap" -> heap(Path.of(args[1]), Integer.parseInt(args[2]));
      case "hostile" -> {
        // hostile <dir> <case> [size]: one case of HostileCases, at the issue's size by default
        int size = args.length > 3 ? Integer.parseInt(args[3]) : HostileCases.issueSize(args[2]);
        System.out.println(HostileRun.run(Path.of(args[1]), args[2], size).line());
      }
      case "incremental" -> {
        // incremental <dir> <size> [<runs> [published|draft]]: a one-version change against a
        // full build; the flow is the edit of a published version by default (see IncrementalRun)
        int runs = args.length > 3 ? Integer.parseInt(args[3]) : 7;
        String flow = args.length > 4 ? args[4] : "published";
        System.out.println(
            IncrementalRun.run(Path.of(args[1]), Integer.parseInt(args[2]), runs, flow));
      }
      default ->
          throw new IllegalArgumentException(
              "generate, time, heap, hostile or incremental: " + args[0]);
    }
  }

  /** Lint and render, as the Maven goal does: the time a build spends. */
  static RenderResult endToEnd(Path policies, Path out) {
    LintReport report = Linter.builder().build().lint(policies);
    if (!report.unreadable().isEmpty()) {
      throw new IllegalStateException("unreadable: " + report.unreadable());
    }
    return SiteRenderer.builder().build().render(report.policies(), out);
  }

  private static void time(Path root, int size) throws IOException {
    Path policies = root.resolve(size + "/policies");
    Path out = root.resolve(size + "/site");
    List<Path> yaml = yamlFiles(policies);
    long bytes = 0;
    for (Path f : yaml) bytes += Files.size(f);
    List<String> bodies = bodies(policies);
    Files.writeString(root.resolve(size + ".md"), String.join("\n\n", bodies));
    int warmups = size <= 1 ? 30 : size <= 100 ? 5 : size <= 1000 ? 2 : 0;
    int runs = size <= 1 ? 30 : size <= 100 ? 7 : size <= 1000 ? 5 : 1;
    for (int i = 0; i < warmups; i++) {
      endToEnd(policies, out);
      floor(yaml, bodies);
    }
    long[] e2e = new long[runs];
    long[] floor = new long[runs];
    int files = 0;
    for (int i = 0; i < runs; i++) {
      long t0 = System.nanoTime();
      files = endToEnd(policies, out).files().size();
      e2e[i] = System.nanoTime() - t0;
      t0 = System.nanoTime();
      floor(yaml, bodies);
      floor[i] = System.nanoTime() - t0;
    }
    long mdBytes = Files.size(root.resolve(size + ".md"));
    System.out.printf(
        Locale.ROOT,
        "TIME size=%d policies=%d yaml_bytes=%d md_bytes=%d files=%d runs=%d e2e_ms=%.1f"
            + " floor_ms=%.1f%n",
        size,
        PolicyGenerator.policies(size),
        bytes,
        mdBytes,
        files,
        runs,
        median(e2e) / 1e6,
        median(floor) / 1e6);
  }

  /**
   * The work no implementation can skip: every file composed by SnakeYAML (the loader's parser and
   * options), every body parsed and rendered to HTML by commonmark-java. On every core, as the tool
   * runs, so that the ratio measures overhead, not parallelism.
   */
  static void floor(List<Path> yaml, List<String> bodies) {
    AtomicLong sink = new AtomicLong();
    yaml.parallelStream()
        .forEach(
            f -> {
              try {
                String text =
                    StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(Files.readAllBytes(f)))
                        .toString();
                sink.addAndGet(yaml().compose(new StringReader(text)).getEndMark().getIndex());
              } catch (IOException e) {
                throw new IllegalStateException(e);
              }
            });
    bodies.parallelStream().forEach(b -> sink.addAndGet(HTML.render(PARSER.parse(b)).length()));
    if (sink.get() == 42) System.out.print(""); // keeps the work from being optimised away
  }

  private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
  private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
  private static final HtmlRenderer HTML =
      HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true).sanitizeUrls(true).build();

  private static Yaml yaml() {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    options.setCodePointLimit(4 * 1024 * 1024);
    DumperOptions dump = new DumperOptions();
    return new Yaml(new SafeConstructor(options), new Representer(dump), dump, options);
  }

  /** Every CommonMark text of every version, as written (policy blocks included). */
  static List<String> bodies(Path policies) {
    LintReport report = Linter.builder().build().lint(policies);
    List<String> bodies = new ArrayList<>();
    for (Policy p : report.policies()) {
      for (PolicyVersion v : p.versions()) v.texts().stream().map(Prose::text).forEach(bodies::add);
    }
    return bodies;
  }

  static List<Path> yamlFiles(Path policies) throws IOException {
    try (Stream<Path> s = Files.walk(policies)) {
      return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
  }

  private static double median(long[] values) {
    long[] v = values.clone();
    Arrays.sort(v);
    return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2.0;
  }

  /**
   * The largest heap in use just after a garbage collection, during one end-to-end run: what the
   * run really holds, without the garbage a lazy collector lets pile up before collecting. Run in a
   * JVM of its own, with the heap capped (run.sh gives -Xmx1g), so the run also shows it fits.
   */
  private static void heap(Path root, int size) {
    AtomicLong major = new AtomicLong();
    AtomicLong minor = new AtomicLong();
    for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      ((NotificationEmitter) gc)
          .addNotificationListener(
              (n, h) -> {
                if (!n.getType()
                    .equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                  return;
                }
                var info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
                long used =
                    info.getGcInfo().getMemoryUsageAfterGc().values().stream()
                        .mapToLong(MemoryUsage::getUsed)
                        .sum();
                // After a major collection the heap holds only what is live; after a minor one,
                // the old generation still holds garbage, so it counts only until a major one.
                if (info.getGcAction().contains("major")) {
                  major.accumulateAndGet(used, Math::max);
                } else {
                  minor.accumulateAndGet(used, Math::max);
                }
              },
              null,
              null);
    }
    Path policies = root.resolve(size + "/policies");
    endToEnd(policies, root.resolve(size + "/site-heap"));
    long atEnd = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    try {
      Thread.sleep(200); // the notifications arrive on their own thread
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    // Live data at its largest when there were major collections; else an upper bound (a small
    // run may end before any collection at all: then what is in use at its end, garbage too).
    long peak = major.get() > 0 ? major.get() : minor.get() > 0 ? minor.get() : atEnd;
    long max = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax();
    System.out.printf(
        Locale.ROOT,
        "HEAP size=%d peak_mb=%.1f major_gcs=%s max_mb=%.0f%n",
        size,
        peak / 1048576.0,
        major.get() > 0 ? "yes" : "no",
        max / 1048576.0);
  }
}
