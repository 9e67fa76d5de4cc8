package dev.policyascode.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.policyascode.Corpus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The measure of the import: every Markdown notice of the corpus, the Qucit 2018 text and three
 * notices numbered in one style each, imported then rendered, must read word for word as the
 * source, section numbers included, in the rendered Markdown and in the HTML page's text. Prints a
 * table (document, format, words, differences) and fails on any difference.
 */
class ImportRoundTripTest {

  static final Path SEED =
      Path.of("src/test/resources/seed/privacy-policy-2018-05-25.txt").toAbsolutePath();

  static final Path STYLES = Path.of("src/test/resources/import-styles").toAbsolutePath();

  @TempDir Path tmp;

  @Test
  void markdownNoticesReadWordForWordAfterImportAndRender() throws Exception {
    assertNoDifference(roundTrips(ImportFormat.MARKDOWN));
  }

  @Test
  void htmlPagesMadeByPandocReadWordForWordAfterImportAndRender() throws Exception {
    Pandoc.require();
    assertNoDifference(roundTrips(ImportFormat.HTML));
  }

  @Test
  void wordDocumentsMadeByPandocReadWordForWordAfterImportAndRender() throws Exception {
    Pandoc.require();
    assertNoDifference(roundTrips(ImportFormat.WORD));
  }

  static List<Path> documents() throws IOException {
    Path corpus = Corpus.require();
    List<Path> docs = new ArrayList<>();
    try (Stream<Path> files = Files.walk(corpus)) {
      files
          .filter(p -> p.toString().endsWith(".md"))
          .filter(p -> !p.getFileName().toString().equals("LICENSE.md"))
          .filter(p -> !p.toString().contains("/.git/"))
          .sorted()
          .forEach(docs::add);
    }
    docs.add(SEED);
    // the corpus numbers no section in one style throughout: these do, one style each, so that
    // the numbers the renderer shows are measured too, and so are the definitions blocks
    try (Stream<Path> styles = Files.list(STYLES)) {
      styles.sorted().forEach(docs::add);
    }
    return docs;
  }

  List<String> roundTrips(ImportFormat format) throws Exception {
    List<String> rows = new ArrayList<>();
    int n = 0;
    for (Path doc : documents()) {
      String markdown = Files.readString(doc, StandardCharsets.UTF_8);
      List<String> words = Words.ofMarkdown(markdown, false);
      Path work = tmp.resolve("doc" + (++n));
      Path source = Conversions.convert(doc, format, work);
      RoundTrip.Outcome o = RoundTrip.run(source, format, words, work, Optional.empty());
      String name = doc.getParent().getFileName() + "/" + doc.getFileName();
      rows.add(
          String.format(
              "| %-70s | %-8s | %6d | %4d | %s",
              name, format.word(), o.words(), o.differences(), o.firstDifference()));
    }
    System.out.println("| document | format | words | differences |");
    rows.forEach(System.out::println);
    return rows;
  }

  static void assertNoDifference(List<String> rows) {
    List<String> failing = rows.stream().filter(r -> !r.matches(".*\\|\\s+0 \\| $")).toList();
    assertEquals(List.of(), failing, "documents whose words differ after import and render");
  }
}
