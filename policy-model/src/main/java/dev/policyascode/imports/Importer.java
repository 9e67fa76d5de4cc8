package dev.policyascode.imports;

import dev.policyascode.diagnostics.Finding;
import dev.policyascode.diagnostics.Severity;
import dev.policyascode.io.AtomicFiles;
import dev.policyascode.load.LoadResult;
import dev.policyascode.load.PolicyLoader;
import dev.policyascode.model.SectionNumbering;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Imports a notice a team already publishes (Markdown, a saved HTML page or Word) as a draft
 * version of a policy. The text is kept word for word; what the text alone cannot tell (data,
 * activities, bases, retention, recipients) is not invented but listed, for the team to fill in.
 * Never overwrites: an existing version file is refused, an existing policy.yaml kept.
 */
public final class Importer {

  /** Where {@code policy.yaml} names the controller until the team does. */
  public static final String CONTROLLER_PLACEHOLDER = "[Controller name]";

  /** What to import, and as what. */
  public record Request(
      Path source,
      Optional<ImportFormat> format,
      String policyId,
      String versionId,
      LocalDate effective,
      Optional<String> selector,
      String language) {}

  /** What was written, and what the team still has to fill in. */
  public record Result(
      Path versionFile,
      Optional<Path> policyFile,
      ImportFormat format,
      int sections,
      int definitions,
      String numbering,
      String numberingReport,
      List<String> toFillIn) {}

  private Importer() {}

  /** Reads the source and writes the version (and policy.yaml when the policy has none). */
  public static Result run(Request request, Path policiesDirectory) throws ImportException {
    ImportFormat format = format(request);
    id(request.policyId(), "policy id", "acme-privacy");
    id(request.versionId(), "version id", "2024-05-01");
    if (!Files.isRegularFile(request.source()) || !Files.isReadable(request.source())) {
      throw new ImportException(
          request.source() + ": there is no readable file here; check the path of the notice");
    }
    Path folder = policiesDirectory.resolve(request.policyId());
    Path versionFile = folder.resolve("versions").resolve(request.versionId() + ".yaml");
    if (Files.exists(versionFile)) {
      throw new ImportException(
          versionFile
              + ": this version already exists and an import never overwrites one; choose another"
              + " version id, or delete the file yourself if it is yours to replace");
    }
    Outline outline = read(request, format);
    Definitions.Found defined = Definitions.find(outline);
    outline = defined.outline();
    List<Definitions.Term> terms = defined.terms();
    NumberingStyle.Applied applied = NumberingStyle.apply(outline);
    String version =
        YamlText.versionFile(
            request.versionId(), request.effective().toString(), applied.outline(), terms);
    Path policyFile = folder.resolve(PolicyLoader.POLICY_FILE);
    boolean newPolicy = !Files.exists(policyFile);
    String policy =
        YamlText.policyFile(
            request.policyId(),
            outline.title(),
            CONTROLLER_PLACEHOLDER,
            request.language(),
            applied.style().word());
    String report;
    try {
      SectionNumbering kept = check(request, policy, newPolicy ? null : policyFile, version);
      report = NumberingReport.say(applied.style(), kept, newPolicy);
      if (kept != applied.style()) {
        // policy.yaml is the team's and is not rewritten: the titles keep their own numbers, so
        // that no word of the source is lost whatever its style shows
        version =
            YamlText.versionFile(
                request.versionId(), request.effective().toString(), outline, terms);
        check(request, policy, policyFile, version);
      }
      Files.createDirectories(versionFile.getParent());
      if (newPolicy) write(policyFile, policy);
      write(versionFile, version);
    } catch (IOException e) {
      throw new ImportException(versionFile + ": could not be written: " + e.getMessage(), e);
    }
    List<String> toFill = new ArrayList<>();
    if (newPolicy) toFill.add("the controller's name and contact details (policy.yaml)");
    toFill.addAll(Gaps.ITEMS);
    // the terms written as the definitions block renders them are in; others stay text to check
    if (!terms.isEmpty()) toFill.set(toFill.size() - 1, Gaps.MORE_DEFINITIONS);
    return new Result(
        versionFile,
        newPolicy ? Optional.of(policyFile) : Optional.empty(),
        format,
        count(outline.sections()),
        terms.size(),
        NumberingStyle.of(outline.sections()),
        report,
        toFill);
  }

  /** The notice's outline, read from the source in its format. */
  static Outline read(Request request, ImportFormat format) throws ImportException {
    String name = request.source().getFileName().toString().replaceFirst("\\.[^.]*$", "");
    String markdown =
        switch (format) {
          case MARKDOWN -> Sources.utf8(request.source());
          case HTML -> HtmlImport.markdown(request.source(), request.selector());
          case WORD -> DocxImport.markdown(request.source());
        };
    return MarkdownImport.read(markdown, name);
  }

  /** An id is a folder or file name: nothing else, so that it cannot point outside the folder. */
  private static void id(String id, String what, String example) throws ImportException {
    if (id == null || !id.matches("[a-z0-9]([a-z0-9-]*[a-z0-9])?")) {
      throw new ImportException(
          "the "
              + what
              + " '"
              + id
              + "' is not an id: use lower-case letters, digits and hyphens, such as "
              + example);
    }
  }

  private static ImportFormat format(Request request) throws ImportException {
    if (request.format().isPresent()) return request.format().get();
    return ImportFormat.guess(request.source())
        .orElseThrow(
            () ->
                new ImportException(
                    request.source()
                        + ": the format of this file cannot be told from its name; name it .md,"
                        + " .html or .docx, or give the format (markdown, html or word)"));
  }

  /**
   * Loads what is about to be written, with the project's loader: a file it refuses is a bug.
   * Returns the numbering style of the policy.yaml that will be in force, the team's own if it has
   * one.
   */
  private static SectionNumbering check(
      Request request, String policy, Path existingPolicy, String version)
      throws IOException, ImportException {
    Path tmp = Files.createTempDirectory("policy-import");
    try {
      Path folder = tmp.resolve(request.policyId());
      Files.createDirectories(folder.resolve("versions"));
      if (existingPolicy != null) Files.copy(existingPolicy, folder.resolve("policy.yaml"));
      else Files.writeString(folder.resolve("policy.yaml"), policy);
      Files.writeString(folder.resolve("versions").resolve(request.versionId() + ".yaml"), version);
      LoadResult loaded = new PolicyLoader(tmp).load(tmp);
      for (Finding f : loaded.findings()) {
        if (f.severity() == Severity.ERROR) {
          throw new ImportException(
              request.source()
                  + ": the imported text would not load as a policy ("
                  + f.format()
                  + "); nothing was written");
        }
      }
      if (loaded.policies().isEmpty()) {
        throw new ImportException(
            request.source()
                + ": the imported text would not load as a policy; nothing was written");
      }
      return loaded.policies().get(0).numbering();
    } finally {
      try (var walk = Files.walk(tmp)) {
        for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
  }

  /**
   * Written whole or not at all: a failed import leaves no half-written file, nor a temporary one.
   */
  private static void write(Path file, String text) throws IOException {
    AtomicFiles.write(file, text.getBytes(StandardCharsets.UTF_8));
  }

  private static int count(List<Outline.Node> nodes) {
    int n = nodes.size();
    for (Outline.Node node : nodes) n += count(node.sections());
    return n;
  }
}
