package dev.policyascode.bench;

import dev.policyascode.lint.LintReport;
import dev.policyascode.lint.Linter;
import dev.policyascode.model.Policy;
import dev.policyascode.model.PolicyVersion;
import dev.policyascode.model.Prose;
import dev.policyascode.render.SiteRenderer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The cold yardstick of issue 18's Maven target: in a fresh JVM, the floor's work for one policy
 * folder (every YAML file composed by SnakeYAML, every text parsed and rendered by commonmark-java,
 * as {@link Bench#floor} does) against the tool's lint and render of the same folder. The warm
 * floor says what no implementation can skip once its classes are loaded and compiled; this one
 * says what a JVM that starts with the same libraries pays before doing anything of its own, so
 * that {@code maven_flagship_ms} can be read against it.
 *
 * <p>A main class of its own, whose static state touches no library: the timed part begins before
 * the first SnakeYAML or commonmark class is loaded ({@link Bench}'s own fields build a parser).
 * {@code run.sh} starts one JVM per run, with the JVM options {@code policy:init} writes.
 *
 * <ul>
 *   <li>{@code texts <policies> <file>}: every text of every version, as written, into {@code file}
 *       (NUL between texts), so that the floor's JVM needs no class of ours to find them;
 *   <li>{@code floor <policies> <file>}: the floor, cold; prints a {@code COLD what=floor} line;
 *   <li>{@code libraries <policies> <file>}: the floor, then FreeMarker's least work for the site
 *       (a configuration as the render's, the seven built-in templates of its pages parsed, one
 *       small page made), cold; prints a {@code COLD what=libraries} line with both parts;
 *   <li>{@code tool <policies> <out>}: lint, then render into {@code out}, cold; prints a {@code
 *       COLD what=tool} line.
 * </ul>
 */
public final class ColdRun {

  private ColdRun() {}

  public static void main(String[] args) throws IOException {
    Path policies = Path.of(args[1]);
    switch (args[0]) {
      case "texts" -> {
        LintReport report = Linter.builder().build().lint(policies);
        StringBuilder all = new StringBuilder();
        for (Policy p : report.policies()) {
          for (PolicyVersion v : p.versions()) {
            for (Prose t : v.texts()) all.append(t.text()).append('\0');
          }
        }
        Files.writeString(Path.of(args[2]), all, StandardCharsets.UTF_8);
      }
      case "floor", "libraries" -> {
        // Listed here, not by Bench.yamlFiles: touching Bench would build its parser untimed.
        List<Path> yaml;
        try (Stream<Path> s = Files.walk(policies)) {
          yaml =
              s.filter(p -> p.toString().endsWith(".yaml"))
                  .filter(p -> !policies.relativize(p).startsWith("target")) // the build's output
                  .sorted()
                  .toList();
        }
        List<String> texts =
            Arrays.asList(Files.readString(Path.of(args[2]), StandardCharsets.UTF_8).split("\0"));
        long start = System.nanoTime();
        Bench.floor(yaml, texts);
        String counts = "files=" + yaml.size() + " texts=" + texts.size();
        if (args[0].equals("floor")) {
          print("floor", start, counts);
        } else {
          long floor = System.nanoTime();
          ColdTemplates.leastWork();
          print(
              "libraries",
              start,
              String.format(
                  Locale.ROOT,
                  "floor_ms=%.1f freemarker_ms=%.1f %s",
                  (floor - start) / 1e6,
                  (System.nanoTime() - floor) / 1e6,
                  counts));
        }
      }
      case "tool" -> {
        long start = System.nanoTime();
        LintReport report = Linter.builder().build().lint(policies);
        long linted = System.nanoTime();
        int files =
            SiteRenderer.builder()
                .build()
                .render(report.policies(), Path.of(args[2]))
                .files()
                .size();
        print(
            "tool",
            start,
            String.format(
                Locale.ROOT,
                "lint_ms=%.1f findings=%d files=%d",
                (linted - start) / 1e6,
                report.findings().size(),
                files));
      }
      default -> throw new IllegalArgumentException("texts, floor, libraries or tool: " + args[0]);
    }
  }

  private static void print(String what, long start, String more) {
    System.out.printf(
        Locale.ROOT, "COLD what=%s ms=%.1f %s%n", what, (System.nanoTime() - start) / 1e6, more);
  }
}
