package dev.policyascode.lint;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policyascode.Corpus;
import dev.policyascode.diagnostics.Position;
import dev.policyascode.lint.api.VersionContext;
import dev.policyascode.lint.rules.DatamapSourceMissing;
import dev.policyascode.model.*;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * How often {@code datamap-source-missing}'s words speak on real notices (the corpus of {@link
 * CorpusFalseFindingsTest}), which have no registers: every paragraph and list item of every
 * English corpus notice is taken as the description of a data category without a source, the
 * harshest reading, since most paragraphs are not about data at all. Each finding is printed to
 * {@code target/corpus-source-findings.txt}; they were read one by one (see {@link #CEILING}).
 */
class CorpusSourceWordsTest {

  /**
   * 35 findings on 27 notices (1,822 paragraphs and items), read one by one: about 24 say that data
   * comes from another party (GitHub's "Organization-Provided Accounts", data "from third parties"
   * or "from Other Users", Basecamp's end users' data received "from a customer", background checks
   * "from third-party" providers), which a register would give a source; about 11 are false alarms,
   * cookies or services "provided by third parties" and "third party tracking", where what comes
   * from the third party is not data about the person. "On your behalf", which raised 16 more
   * (agents exercising rights), is no longer read. Room for a few more.
   */
  static final int CEILING = 38;

  @Test
  void theWordsOfAnotherSourceAreRareOnRealNotices() throws IOException {
    Corpus.require();
    List<Path> files;
    try (Stream<Path> s = Files.walk(CorpusFalseFindingsTest.CORPUS)) {
      files =
          s.filter(p -> p.toString().endsWith(".md"))
              .filter(p -> !p.getFileName().toString().startsWith("LICENSE"))
              .filter(p -> !p.getFileName().toString().matches(".*\\.(ja|fr|de|zh|es)\\..*"))
              .sorted()
              .toList();
    }
    StringBuilder out = new StringBuilder();
    int paragraphs = 0;
    int findings = 0;
    for (Path file : files) {
      String folder = file.getParent().getFileName().toString();
      VersionContext text =
          CorpusFalseFindingsTest.context(
              file, CorpusFalseFindingsTest.CONTROLLERS.getOrDefault(folder, folder));
      List<DataCategory> categories = new ArrayList<>();
      for (Section s : text.version().sections()) {
        if (s.body().isEmpty()) continue;
        for (String p : s.body().get().text().split("\\n\\s*\\n|\\n\\s*[-*] ")) {
          if (p.isBlank()) continue;
          categories.add(
              new DataCategory(
                  "p" + categories.size(),
                  s.title(),
                  Optional.of(p.strip()),
                  List.of(),
                  Optional.empty(),
                  false,
                  Optional.empty(),
                  s.at()));
        }
      }
      paragraphs += categories.size();
      Registers registers =
          new Registers(
              List.of(),
              List.of(),
              categories,
              List.of(),
              List.of(),
              List.of(),
              List.of(),
              List.of(),
              List.of(),
              List.of(),
              List.of(),
              List.of());
      PolicyVersion v =
          new PolicyVersion(
              "corpus",
              text.version().effective(),
              Status.PUBLISHED,
              Optional.empty(),
              Optional.empty(),
              registers,
              text.version().sections(),
              Position.startOf(file.toString()));
      List<String> found = new ArrayList<>();
      new DatamapSourceMissing()
          .check(
              VersionContext.of(text.policy(), v),
              f -> found.add(CorpusFalseFindingsTest.CORPUS.relativize(file) + ": " + f.message()));
      findings += found.size();
      found.forEach(f -> out.append(f).append('\n'));
    }
    Path report = RuleFixtureTest.MODULE.resolve("target/corpus-source-findings.txt");
    Files.createDirectories(report.getParent());
    Files.writeString(report, out.toString(), StandardCharsets.UTF_8);
    System.out.println(
        "datamap-source-missing on the corpus: "
            + findings
            + " findings over "
            + paragraphs
            + " paragraphs and items of "
            + files.size()
            + " notices");
    assertTrue(
        findings <= CEILING,
        findings + " findings, more than the ceiling of " + CEILING + "; read them in " + report);
  }
}
