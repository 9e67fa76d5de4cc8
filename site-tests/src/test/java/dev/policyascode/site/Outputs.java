package dev.policyascode.site;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policyascode.diagnostics.Finding;
import dev.policyascode.diagnostics.Severity;
import dev.policyascode.lint.LintReport;
import dev.policyascode.lint.Linter;
import dev.policyascode.render.SiteRenderer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Every HTML file under test: whatever the build of policies/ wrote into its output folders ({@code
 * policies/target/policy-*}: the site, and the register and compliance pages where they exist),
 * found by walking the folders rather than from a list, so that a new kind of page is tested the
 * day it appears; and the site of a showcase policy (a draft, another language, tables, deep
 * sections) that this module renders itself, for what the Qucit policy does not show; and the
 * flagship once more, as of the day its announced version takes effect.
 */
final class Outputs {

  /** One output folder, served by the test server under {@code /<name>/}. */
  record Root(String name, Path dir) {}

  /** One HTML file; a fragment is a body-only file meant to be included in another page. */
  record Page(Root root, String path, boolean fragment) {

    String url(String origin) {
      return origin + (fragment ? SiteServer.HOST_PREFIX : "/") + root.name() + "/" + path;
    }

    Path file() {
      return root.dir().resolve(path);
    }

    String html() {
      try {
        return Files.readString(file(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public String toString() {
      return root.name() + "/" + path;
    }
  }

  private static List<Root> roots;

  private Outputs() {}

  static synchronized List<Root> roots() {
    if (roots == null) roots = findRoots();
    return roots;
  }

  static List<Page> pages() {
    List<Page> pages = new ArrayList<>();
    for (Root root : roots()) {
      try (Stream<Path> walk = Files.walk(root.dir())) {
        walk.filter(p -> Files.isRegularFile(p) && p.toString().endsWith(".html"))
            .map(p -> root.dir().relativize(p).toString().replace('\\', '/'))
            .sorted()
            .forEach(path -> pages.add(new Page(root, path, isFragment(root.dir().resolve(path)))));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return pages;
  }

  /** A full page starts with its doctype; anything else is a fragment for another page's body. */
  static boolean isFragment(Path file) {
    try {
      String start = Files.readString(file, StandardCharsets.UTF_8);
      return !start.stripLeading().toLowerCase(Locale.ROOT).startsWith("<!doctype html>");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The page a site would make by including {@code fragment} in the body of its own layout. */
  static String hostPage(String fragment) {
    return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<title>A site that includes the policy</title>\n<link rel=\"icon\" href=\"data:,\">\n"
        + "</head>\n<body>\n<main>\n"
        + fragment
        + "\n</main>\n</body>\n</html>\n";
  }

  private static List<Root> findRoots() {
    Path outputs = Path.of(System.getProperty("site.outputs", "../policies/target"));
    Path site = outputs.resolve("policy-site");
    assertTrue(
        Files.isDirectory(site),
        site.toAbsolutePath()
            + " does not exist: these tests read the pages the build of policies/ writes;"
            + " run them with that build, e.g. mvn -B verify from the repository root.");
    List<Root> found = new ArrayList<>();
    try (Stream<Path> children = Files.list(outputs)) {
      children
          .filter(p -> Files.isDirectory(p) && p.getFileName().toString().startsWith("policy-"))
          .sorted()
          .forEach(p -> found.add(new Root(p.getFileName().toString(), p)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    found.add(new Root("showcase-site", renderShowcase()));
    found.add(new Root(FLAGSHIP_IN_2027, renderFlagship(LocalDate.of(2027, 1, 1))));
    return List.copyOf(found);
  }

  /**
   * The flagship rendered a second time, as of the day its 2027-01-01 version takes effect; the
   * build of policies/ renders it as of the day its pom fixes, before that (README, "The build
   * date"). Both states of the page are then under test.
   */
  static final String FLAGSHIP_IN_2027 = "flagship-2027-01-01";

  private static Path renderFlagship(LocalDate buildDate) {
    Path policies = Path.of(System.getProperty("flagship.policies", "../policies"));
    Path out = Path.of("target", FLAGSHIP_IN_2027);
    LintReport report = Linter.builder().displayRoot(policies).build().lint(policies);
    SiteRenderer.builder()
        .buildDate(buildDate)
        .policiesDir(policies)
        .build()
        .render(report.policies(), out);
    return out;
  }

  /** Renders the showcase policy of src/test/resources, drafts included. */
  private static Path renderShowcase() {
    Path policies = Path.of("src/test/resources/showcase");
    Path out = Path.of(System.getProperty("fixture.site", "target/fixture-site"));
    LintReport report = Linter.builder().displayRoot(policies).build().lint(policies);
    // Errors only: the showcase is there for what the pages show, not to satisfy every rule.
    List<Finding> errors =
        report.findings().stream().filter(f -> f.severity() == Severity.ERROR).toList();
    assertTrue(errors.isEmpty(), "The showcase policy has errors: " + errors);
    SiteRenderer.builder().includeDrafts(true).build().render(report.policies(), out);
    return out;
  }
}
