package dev.policyascode.imports;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's pandoc, the independent tool that turns the corpus's Markdown into HTML and Word for the
 * import tests. Without it those tests skip with a warning, and fail instead with {@code
 * -Dpandoc.required=true}, which CI ({@code .ci/run}) sets, as {@code Corpus.require} does.
 */
final class Pandoc {

  static final String REQUIRED = "pandoc.required";

  private Pandoc() {}

  static void require() {
    if (available()) return;
    String missing = "pandoc is not installed (apt-get install -y pandoc)";
    if (Boolean.getBoolean(REQUIRED))
      fail(missing + ". The pandoc tests are required (-D" + REQUIRED + "=true).");
    String skip =
        "Skipping a test: " + missing + ". Set -D" + REQUIRED + "=true to make this fail.";
    System.out.println("[WARNING] " + skip);
    Assumptions.abort(skip);
  }

  static boolean available() {
    try {
      return run(List.of("pandoc", "--version"), null) == 0;
    } catch (IOException e) {
      return false;
    }
  }

  /** The Markdown (front matter left out, as the site generator leaves it out) as an HTML page. */
  static Path toHtml(Path markdown, Path work) throws IOException {
    String md = Files.readString(markdown, StandardCharsets.UTF_8);
    String title = Words.shownTitle(md);
    md = md.substring(FrontMatter.end(md));
    Path body = work.resolve("body.md");
    Files.writeString(body, md, StandardCharsets.UTF_8);
    Path html = work.resolve("notice.html");
    // a page as a site generator makes it: the front matter's title becomes the page's title,
    // where the text has none of its own
    List<String> options = new ArrayList<>(List.of("-f", "gfm", "-t", "html5"));
    if (title != null) options.addAll(List.of("-s", "--metadata", "pagetitle=" + title));
    convert(options, body, html);
    return html;
  }

  /** The same page as a Word document, so that raw HTML in the Markdown reaches Word too. */
  static Path toDocx(Path markdown, Path work) throws IOException {
    Path html = toHtml(markdown, work);
    Path docx = work.resolve("notice.docx");
    // pandoc writes the page's title as the document's Title paragraph
    convert(List.of("-f", "html", "-t", "docx"), html, docx);
    return docx;
  }

  private static void convert(List<String> options, Path in, Path out) throws IOException {
    List<String> command = new ArrayList<>(List.of("pandoc"));
    command.addAll(options);
    command.addAll(List.of("-o", out.toString(), in.toString()));
    int rc = run(command, out.getParent());
    if (rc != 0) throw new IOException("pandoc failed (" + rc + "): " + command);
  }

  private static int run(List<String> command, Path dir) throws IOException {
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    if (dir != null) pb.directory(dir.toFile());
    pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
    Process p = pb.start();
    try {
      if (!p.waitFor(120, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IOException("pandoc took more than two minutes: " + command);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
    return p.exitValue();
  }
}
