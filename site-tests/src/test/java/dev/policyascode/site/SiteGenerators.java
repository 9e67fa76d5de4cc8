package dev.policyascode.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's Hugo and Jekyll, run on a small site laid out exactly as the README's "Publishing"
 * section says. Nothing is downloaded: Hugo needs no module, and Jekyll runs without bundler when
 * the site has no Gemfile.
 */
final class SiteGenerators {

  private SiteGenerators() {}

  /**
   * Skips the calling test, saying why, when the tool is missing; fails it instead when {@code
   * -Dsitegen.required=true}, as in CI.
   */
  static void assumeInstalled(String tool) {
    for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
      if (Files.isExecutable(Path.of(dir, tool))) return;
    }
    String missing = tool + " is not installed; install it with: apt-get install -y hugo jekyll";
    if (Boolean.getBoolean("sitegen.required")) {
      fail(missing + ". The site generator tests are required (-Dsitegen.required=true).");
    }
    String skip = "Skipping the " + tool + " site test: " + missing + ".";
    System.out.println("[WARNING] " + skip);
    Assumptions.abort(skip);
  }

  /**
   * A Hugo site with the policy's folder at {@code content/privacy/}: its {@code index.md}, and
   * each language's {@code <lang>/index.md}, renamed {@code _index.md} (an {@code index.md} there
   * would make a leaf bundle, and Hugo would skip every page below it), the other Markdown files as
   * they are, and every file that is not Markdown (changes pages, feed, fragments, sitemap) in
   * {@code static/privacy/}. Returns the folder Hugo wrote.
   */
  static Path hugo(Path policyFolder, Path scratch) throws IOException {
    Path site = Files.createTempDirectory(scratch, "hugo-");
    write(
        site.resolve("hugo.toml"),
        """
        baseURL = "https://example.org/"
        disableKinds = ["taxonomy", "term", "RSS", "sitemap", "404", "robotsTXT"]
        """);
    String layout =
        """
        <!DOCTYPE html>
        <html><head><title>{{ .Title }}</title></head>
        <body><main>{{ .Content }}</main></body></html>
        """;
    write(site.resolve("layouts/_default/single.html"), layout);
    write(site.resolve("layouts/_default/list.html"), layout);
    write(site.resolve("layouts/index.html"), "<!DOCTYPE html><html><body></body></html>\n");
    for (Path file : files(policyFolder)) {
      String rel = policyFolder.relativize(file).toString();
      boolean markdown = rel.endsWith(".md");
      // The page in force of the policy and of each of its other languages (<lang>/index.md):
      // the folders that hold an archive.
      if (rel.endsWith("index.md") && Files.isDirectory(file.resolveSibling("archive"))) {
        rel = rel.substring(0, rel.length() - "index.md".length()) + "_index.md";
      }
      Path to = site.resolve(markdown ? "content/privacy" : "static/privacy").resolve(rel);
      if (!markdown && rel.endsWith("index.html") && Files.exists(md(file))) continue;
      Files.createDirectories(to.getParent());
      Files.copy(file, to);
    }
    run(site, List.of("hugo", "--quiet", "--destination", "public"));
    return site.resolve("public");
  }

  /**
   * A Jekyll site with the policy's folder copied as it is to {@code privacy/}, less each {@code
   * index.html} that has an {@code index.md} beside it (both would be written to the same address),
   * and a default layout for it in {@code _config.yml}. Returns {@code _site}.
   */
  static Path jekyll(Path policyFolder, Path scratch) throws IOException {
    Path site = Files.createTempDirectory(scratch, "jekyll-");
    write(
        site.resolve("_config.yml"),
        """
        title: "The site's own title"
        defaults:
          - scope:
              path: "privacy"
            values:
              layout: policy
        """);
    write(
        site.resolve("_layouts/policy.html"),
        """
        <!DOCTYPE html>
        <html><head><title>{{ page.title | escape }}</title></head>
        <body><main>{{ content }}</main></body></html>
        """);
    for (Path file : files(policyFolder)) {
      String rel = policyFolder.relativize(file).toString();
      if (rel.endsWith("index.html") && Files.exists(md(file))) continue;
      Path to = site.resolve("privacy").resolve(rel);
      Files.createDirectories(to.getParent());
      Files.copy(file, to);
    }
    run(site, List.of("jekyll", "build", "--quiet", "--disable-disk-cache"));
    return site.resolve("_site");
  }

  private static Path md(Path html) {
    return html.resolveSibling("index.md");
  }

  private static List<Path> files(Path folder) throws IOException {
    try (Stream<Path> s = Files.walk(folder)) {
      return s.filter(Files::isRegularFile).sorted().toList();
    }
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  /** Runs the tool in the site folder; its output is the message when it fails. */
  private static void run(Path site, List<String> command) throws IOException {
    Path log = site.resolve("build.log");
    List<String> cmd = new ArrayList<>(command);
    Process p =
        new ProcessBuilder(cmd)
            .directory(site.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    try {
      if (!p.waitFor(180, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        fail(String.join(" ", cmd) + " did not finish within 180 s in " + site);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UncheckedIOException(new IOException(e));
    }
    String output = Files.readString(log);
    assertEquals(0, p.exitValue(), String.join(" ", cmd) + " failed in " + site + ":\n" + output);
    if (!output.isBlank()) System.out.println(String.join(" ", cmd) + ": " + output);
  }
}
