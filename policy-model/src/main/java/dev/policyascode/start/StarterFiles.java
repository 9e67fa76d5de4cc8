package dev.policyascode.start;

import dev.policyascode.load.JsonSchemaWriter;
import dev.policyascode.load.PolicyLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The text of every file {@code policy:init} writes, by its path in the new repository. The CI
 * files are those of docs/ci.md, word for word (a test compares them); the schemas are the ones the
 * loader checks against, written where the modelines of the policy files point.
 */
final class StarterFiles {

  static final String SCHEMA_DIR = "schema";
  static final String POLICIES_DIR = "policies";

  private StarterFiles() {}

  /** Every file, in the order they are reported; the starter version last. */
  static Map<String, String> of(Starter.Request r) {
    Map<String, String> files = new LinkedHashMap<>();
    files.put(
        "pom.xml",
        resource("pom.xml")
            .replace("@policyId@", r.policyId())
            .replace("@pluginGroupId@", r.plugin().groupId())
            .replace("@pluginArtifactId@", r.plugin().artifactId())
            .replace("@pluginVersion@", r.plugin().version()));
    files.put(
        ".gitignore", "# what mvn writes: reports, pages, the record of processing\ntarget/\n");
    // A lint and render of a policy last a second or two of a cold JVM, much of it the JIT's
    // optimising compiler (C2) working for code the build ends before using: C1 alone and the
    // serial collector take about a third off the goals' time (docs/performance.md, "Cold start
    // in Maven").
    // Maven 3 reads this file as JVM options, one or more a line; it has no comment syntax.
    files.put(".mvn/jvm.config", resource("jvm.config"));
    files.put(".github/workflows/policy.yml", resource("github-workflow.yml"));
    files.put(".gitlab-ci.yml", resource("gitlab-ci.yml"));
    JsonSchemaWriter.schemas().forEach((name, text) -> files.put(SCHEMA_DIR + "/" + name, text));
    String policy = POLICIES_DIR + "/" + r.policyId() + "/";
    files.put(policy + PolicyLoader.POLICY_FILE, policyFile(r));
    files.put(versionFile(r), version(r));
    return files;
  }

  /** The starter version's path: named after its effective date, as an imported one is. */
  static String versionFile(Starter.Request r) {
    return POLICIES_DIR
        + "/"
        + r.policyId()
        + "/"
        + PolicyLoader.VERSIONS_DIR
        + "/"
        + r.effective()
        + ".yaml";
  }

  private static String policyFile(Starter.Request r) {
    return "# yaml-language-server: $schema=../../"
        + SCHEMA_DIR
        + "/"
        + JsonSchemaWriter.POLICY_SCHEMA
        + "\n"
        + "# What stays the same from one version to the next. Add the controller's address,\n"
        + "# email and country, and dpo: when there is one (the README's \"The YAML format\").\n"
        + "format: 1\n"
        + "id: "
        + r.policyId()
        + "                 # the folder's name\n"
        + "title: Privacy Policy\n"
        + "controller:                       # Art. 13(1)(a)\n"
        + "  name: "
        + quoted(r.controller())
        + "\n"
        + "languages: ["
        + r.language()
        + "]                   # the first is the pages' language\n";
  }

  private static String version(Starter.Request r) {
    String c = r.controller();
    return "# yaml-language-server: $schema=../../../"
        + SCHEMA_DIR
        + "/"
        + JsonSchemaWriter.VERSION_SCHEMA
        + "\n"
        + "# A first draft written by policy:init, to show the shape of a version: replace its text\n"
        + "# with yours. To start from the notice you publish today, import it instead\n"
        + "# (mvn policy:import) and delete this file.\n"
        + "# What the text does not say goes in lists beside the sections: data_subjects,\n"
        + "# data_categories, activities, legal_bases, retention, recipient_categories, recipients,\n"
        + "# transfers, rights. mvn verify writes the Art. 13/14 compliance matrix of what is missing.\n"
        + "format: 1\n"
        // quoted: a YAML 1.1 reader (PyYAML, ajv-cli) would make a plain date a timestamp
        + "version: '"
        + r.effective()
        + "'\n"
        + "effective: '"
        + r.effective()
        + "'\n"
        + "status: draft                     # policy:publish sets it and locks the version\n"
        + "sections:\n"
        + "  - id: who-we-are\n"
        + "    title: Who we are\n"
        + "    body: |\n"
        + "      "
        + c
        + " is the controller of the personal data this policy is about.\n"
        + "  - id: your-rights\n"
        + "    title: Your rights\n"
        + "    body: |\n"
        + "      You may ask "
        + c
        + " for access to your personal data, and for its rectification or\n"
        + "      erasure: see [](#who-we-are) for how to reach us.\n";
  }

  /** A double-quoted YAML scalar; the name was checked to hold no control character. */
  private static String quoted(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  private static String resource(String name) {
    try (InputStream in = StarterFiles.class.getResourceAsStream(name)) {
      if (in == null) throw new IllegalStateException("missing resource " + name);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
