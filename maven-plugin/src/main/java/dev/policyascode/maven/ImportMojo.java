package dev.policyascode.maven;

import dev.policyascode.imports.ImportException;
import dev.policyascode.imports.ImportFormat;
import dev.policyascode.imports.Importer;
import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Imports the notice a team already publishes, from Markdown, a saved HTML page or Word (.docx), as
 * a draft version of a policy: {@code mvn policy:import -Dpolicy.source=privacy.docx
 * -Dpolicy.id=acme-privacy -Dpolicy.effective=2024-05-01}. The text is kept word for word; what it
 * cannot tell (data, activities, legal bases, retention, recipients) is listed for the team to fill
 * in. Never overwrites a version; works in an empty folder.
 */
@Mojo(name = "import", requiresProject = false, threadSafe = true)
public class ImportMojo extends AbstractMojo {

  /** The notice to import: a .md, .html or .docx file. */
  @Parameter(property = "policy.source", required = true)
  private File source;

  /** The policy's id, which is its folder's name, such as acme-privacy. */
  @Parameter(property = "policy.id", required = true)
  private String policyId;

  /** The date the imported version took effect, YYYY-MM-DD. */
  @Parameter(property = "policy.effective", required = true)
  private String effective;

  /** The version's id and file name; by default its effective date. */
  @Parameter(property = "policy.version")
  private String version;

  /** markdown, html or word; by default told from the file's extension. */
  @Parameter(property = "policy.format")
  private String format;

  /** For HTML: a CSS selector naming the policy's content, when the guess is wrong. */
  @Parameter(property = "policy.selector")
  private String selector;

  /** The policy's language, for a new policy.yaml. */
  @Parameter(property = "policy.language", defaultValue = "en")
  private String language;

  /** The folder whose sub-folders are policies; the import writes into it. */
  @Parameter(property = "policy.directory", defaultValue = "${basedir}", required = true)
  private File policiesDirectory;

  @Parameter(defaultValue = "${basedir}", readonly = true, required = true)
  private File basedir;

  /** Skip every goal. */
  @Parameter(property = "policy.skip", defaultValue = "false")
  private boolean skip;

  @Override
  public void execute() throws MojoFailureException {
    if (skip) {
      getLog().info("Policy import skipped (policy.skip)");
      return;
    }
    Importer.Request request =
        new Importer.Request(
            source.toPath(),
            format(),
            policyId,
            version == null || version.isBlank() ? effective : version,
            date(),
            Optional.ofNullable(selector).filter(s -> !s.isBlank()),
            language);
    try {
      Importer.Result r = Importer.run(request, policiesDirectory.toPath());
      getLog()
          .info(
              "Imported "
                  + shown(source.toPath())
                  + " ("
                  + r.format().word()
                  + ") as "
                  + shown(r.versionFile())
                  + ": "
                  + r.sections()
                  + " sections"
                  + (r.definitions() > 0 ? ", " + r.definitions() + " defined terms" : "")
                  + ", a draft; "
                  + r.numberingReport());
      r.policyFile().ifPresent(p -> getLog().info("Wrote " + shown(p)));
      getLog().info("The text does not say, so the import left these for you to fill in:");
      r.toFillIn().forEach(item -> getLog().info("  - " + item));
      getLog().info("policy:compliance shows the same gaps, item by item of Art. 13 and 14.");
    } catch (ImportException e) {
      throw new MojoFailureException(e.getMessage());
    }
  }

  /** A path as the person typed it: relative to the folder Maven runs in, where it lies inside. */
  private String shown(Path path) {
    Path base = basedir.toPath().toAbsolutePath().normalize();
    Path p = path.toAbsolutePath().normalize();
    return p.startsWith(base) ? base.relativize(p).toString() : p.toString();
  }

  private Optional<ImportFormat> format() throws MojoFailureException {
    if (format == null || format.isBlank()) return Optional.empty();
    return Optional.of(
        ImportFormat.named(format)
            .orElseThrow(
                () ->
                    new MojoFailureException(
                        "policy.format '"
                            + format
                            + "' is not a format the import reads; use markdown, html or word")));
  }

  private LocalDate date() throws MojoFailureException {
    try {
      return LocalDate.parse(effective.strip());
    } catch (DateTimeParseException e) {
      throw new MojoFailureException(
          "policy.effective '" + effective + "' is not a date; write it as YYYY-MM-DD");
    }
  }
}
