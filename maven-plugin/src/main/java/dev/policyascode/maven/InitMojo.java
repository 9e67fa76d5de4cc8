package dev.policyascode.maven;

import dev.policyascode.start.StartException;
import dev.policyascode.start.Starter;
import java.io.File;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Starts a policy repository in the current folder, empty or not: {@code mvn
 * dev.policyascode:policy-maven-plugin:init -Dpolicy.id=privacy -Dpolicy.controller="Example SAS"}.
 * Writes a pom.xml that runs this plugin by its own coordinates, {@code policies/<id>/policy.yaml}
 * with a first draft that lints without error, the JSON Schema files for editors, a .gitignore, and
 * CI files for GitHub Actions and GitLab CI. Never writes over a file: it names each one it skips
 * and why, and still writes the others.
 */
@Mojo(name = "init", requiresProject = false, threadSafe = true)
public class InitMojo extends AbstractMojo {

  /** The policy's id, which is its folder's name. */
  @Parameter(property = "policy.id", defaultValue = "privacy")
  private String policyId;

  /** The controller's name, as the policy gives it (Art. 13(1)(a)). */
  @Parameter(property = "policy.controller", defaultValue = "Example SAS")
  private String controller;

  /** The policy's language: the pages' language. */
  @Parameter(property = "policy.language", defaultValue = "en")
  private String language;

  /** The first draft's effective date, YYYY-MM-DD, which is also its id; by default today. */
  @Parameter(property = "policy.effective")
  private String effective;

  /** The folder to start the repository in; the folder Maven runs in. */
  @Parameter(defaultValue = "${basedir}", readonly = true, required = true)
  private File basedir;

  @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
  private PluginDescriptor plugin;

  /** Skip every goal. */
  @Parameter(property = "policy.skip", defaultValue = "false")
  private boolean skip;

  @Override
  public Log getLog() {
    return OneLineLog.of(super.getLog());
  }

  @Override
  public void execute() throws MojoFailureException {
    if (skip) {
      getLog().info("Policy init skipped (policy.skip is set)");
      return;
    }
    Starter.Plugin coordinates =
        new Starter.Plugin(plugin.getGroupId(), plugin.getArtifactId(), plugin.getVersion());
    Starter.Request request =
        new Starter.Request(policyId, controller, language, date(), coordinates);
    Starter.Result r;
    try {
      r = Starter.run(request, basedir.toPath());
    } catch (StartException e) {
      throw new MojoFailureException(e.getMessage());
    }
    r.written().forEach(f -> getLog().info("Wrote " + f));
    for (Starter.Skipped s : r.skipped()) {
      switch (s.kind()) {
        case SAME -> getLog().info("Skipped " + s.file() + ": " + s.why());
        case KEPT -> getLog().warn("Skipped " + s.file() + ": " + s.why());
        case FAILED -> getLog().error("Did not write " + s.file() + ": " + s.why());
      }
    }
    long failed = r.skipped().stream().filter(s -> s.kind() == Starter.Kind.FAILED).count();
    if (failed > 0) {
      throw new MojoFailureException(
          failed + (failed == 1 ? " file" : " files") + " could not be written; see above");
    }
    if (r.written().isEmpty()) {
      getLog().info("Nothing written: every file is already there");
      return;
    }
    getLog()
        .info(
            "Started the policy "
                + policyId
                + " of "
                + controller
                + " with "
                + coordinates.groupId()
                + ":"
                + coordinates.artifactId()
                + ":"
                + coordinates.version()
                + ". mvn verify lints it; the pages of its published versions go to"
                + " target/policy-site/");
    String versions = Starter.versionsFolder(policyId);
    if (r.written().stream().anyMatch(f -> f.startsWith(versions + "/"))) {
      getLog()
          .info(
              "To start from the notice you publish today instead: delete "
                  + versions
                  + "/ (the starter draft), then mvn policy:import -Dpolicy.id="
                  + policyId
                  + " -Dpolicy.source=<notice .md, .html or .docx>"
                  + " -Dpolicy.effective=<YYYY-MM-DD>, and mvn policy:adopt -Dpolicy.id="
                  + policyId
                  + " -Dpolicy.version=<YYYY-MM-DD>");
    }
    getLog().info("Left for you to fill in:");
    r.toFillIn().forEach(item -> getLog().info("  - " + item));
  }

  private LocalDate date() throws MojoFailureException {
    if (effective == null || effective.isBlank()) return LocalDate.now();
    try {
      return LocalDate.parse(effective.strip());
    } catch (DateTimeParseException e) {
      throw new MojoFailureException(
          "policy.effective '" + effective + "' is not a date; write it as YYYY-MM-DD");
    }
  }
}
