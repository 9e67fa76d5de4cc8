package dev.policyascode.lint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The CI files of docs/ci.md are well-formed YAML, and they use the paths and commands the plugin
 * really has: the SARIF file where the plugin writes it, the code quality report where the command
 * asks for it, Java 17, and an upload that runs when the lint failed.
 */
class CiDocsTest {

  private static final Path REPO = Path.of("..").toAbsolutePath().normalize();

  /** The SARIF file's default, as the Mojo declares it, relative to the project folder. */
  private static String defaultSarif() throws Exception {
    String mojo =
        Files.readString(
            REPO.resolve(
                "maven-plugin/src/main/java/dev/policyascode/maven/AbstractPolicyMojo.java"));
    String declared = "defaultValue = \"${project.build.directory}/policy-lint.sarif\"";
    assertTrue(mojo.contains(declared), "the Mojo's sarifFile default changed: update docs/ci.md");
    return "target/policy-lint.sarif";
  }

  private static Map<String, Object> block(String heading) throws Exception {
    String doc = Files.readString(REPO.resolve("docs/ci.md"), StandardCharsets.UTF_8);
    int from = doc.indexOf("\n## " + heading + "\n");
    assertTrue(from >= 0, "docs/ci.md has no section " + heading);
    int start = doc.indexOf("```yaml\n", from) + "```yaml\n".length();
    String yaml = doc.substring(start, doc.indexOf("\n```\n", start) + 1);
    // Composed, not constructed: every scalar stays text (GitHub's key "on" is not YAML 1.1's
    // true), and a malformed file fails here.
    Node root = new Yaml(new LoaderOptions()).compose(new StringReader(yaml));
    @SuppressWarnings("unchecked")
    Map<String, Object> map = (Map<String, Object>) plain(root);
    return map;
  }

  private static Object plain(Node node) {
    if (node instanceof ScalarNode s) return s.getValue();
    if (node instanceof SequenceNode s) {
      List<Object> list = new ArrayList<>();
      s.getValue().forEach(n -> list.add(plain(n)));
      return list;
    }
    Map<String, Object> map = new LinkedHashMap<>();
    for (NodeTuple t : ((MappingNode) node).getValue()) {
      map.put(((ScalarNode) t.getKeyNode()).getValue(), plain(t.getValueNode()));
    }
    return map;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object o) {
    return (Map<String, Object>) o;
  }

  @SuppressWarnings("unchecked")
  private static List<Object> list(Object o) {
    return (List<Object>) o;
  }

  @Test
  void theGitHubWorkflowBuildsWithJava17AndUploadsTheSarifEvenWhenTheLintFails() throws Exception {
    Map<String, Object> workflow = block("GitHub Actions");
    assertTrue(workflow.containsKey("on"));
    assertEquals("write", map(workflow.get("permissions")).get("security-events"));
    List<Object> steps = list(map(map(workflow.get("jobs")).get("lint")).get("steps"));
    Map<String, Object> java = step(steps, "actions/setup-java@");
    assertEquals("17", map(java.get("with")).get("java-version"));
    assertTrue(
        steps.stream().anyMatch(s -> "mvn -B verify".equals(map(s).get("run"))),
        "a step runs mvn -B verify");
    Map<String, Object> upload = step(steps, "github/codeql-action/upload-sarif@");
    assertTrue(String.valueOf(upload.get("if")).startsWith("always()"), upload.toString());
    assertTrue(String.valueOf(upload.get("if")).contains(defaultSarif()), upload.toString());
    assertEquals(defaultSarif(), map(upload.get("with")).get("sarif_file"));
  }

  @Test
  void theGitLabJobKeepsTheReportsAndGivesGitLabItsCodeQualityReport() throws Exception {
    Map<String, Object> job = map(block("GitLab CI").get("policy-lint"));
    assertEquals("maven:3-eclipse-temurin-17", job.get("image"));
    String script =
        String.join("\n", list(job.get("script")).stream().map(String::valueOf).toList());
    String option = "-Dpolicy.codeQualityReport=";
    assertTrue(script.startsWith("mvn -B verify " + option), script);
    String quality = script.substring(script.indexOf(option) + option.length()).split("\\s")[0];
    Map<String, Object> artifacts = map(job.get("artifacts"));
    assertEquals("always", artifacts.get("when"));
    assertEquals(quality, map(artifacts.get("reports")).get("codequality"));
    assertTrue(list(artifacts.get("paths")).contains(defaultSarif()));
  }

  private static Map<String, Object> step(List<Object> steps, String uses) {
    return steps.stream()
        .map(CiDocsTest::map)
        .filter(s -> String.valueOf(s.get("uses")).startsWith(uses))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no step uses " + uses));
  }
}
