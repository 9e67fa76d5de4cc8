package dev.policyascode.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.policyascode.FolderHashes;
import dev.policyascode.lint.Linter;
import dev.policyascode.model.Policy;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same policy gives the same bytes whatever the machine: its default time zone and language,
 * the folder the policy is in, the order its files were created in. In one JVM here, quickly; the
 * invoker build {@code src/it/reproducible} of the plugin proves it across two forked builds with
 * their own TZ, LANG and file encoding.
 */
class ReproducibleOutputTest {

  @TempDir Path dir;

  private static final String POLICY =
      "format: 1\nid: p\ntitle: Policy\ncontroller:\n  name: Example SAS\nlanguages: [en]\n";

  private static final String VERSION =
      """
      format: 1
      version: %1$s
      effective: %1$s
      status: published
      data_categories:
        - id: email
          name: Email
      retention:
        - id: keep
          period: P13M
          from: the last login
          data_categories: [email]
          statement: "We keep it {period} after {from}."
      sections:
        - id: intro
          title: Introduction
          body: |
            The text of %1$s. How long: [](#keep-it).
        - id: keep-it
          title: Keeping it
          body: |
            ```policy
            paragraphs: retention
            ```
      """;

  private Path write(String folder, List<String> versionsInCreationOrder) throws IOException {
    Path root = dir.resolve(folder);
    RenderSafetyTest.write(root.resolve("p/policy.yaml"), POLICY);
    for (String v : versionsInCreationOrder) {
      RenderSafetyTest.write(root.resolve("p/versions/" + v + ".yaml"), VERSION.formatted(v));
    }
    return root;
  }

  private Map<String, String> render(Path root, Path site) throws IOException {
    List<Policy> policies = Linter.builder().build().lint(root).policies();
    SiteRenderer.builder().build().render(policies, site);
    return FolderHashes.of(site);
  }

  @Test
  void theSameBytesWhateverTheTimeZoneLanguageFolderAndFileOrder() throws IOException {
    List<String> versions = List.of("2023-06-30", "2024-01-01", "2025-12-31");
    Locale locale = Locale.getDefault();
    TimeZone zone = TimeZone.getDefault();
    Map<String, String> first;
    Map<String, String> second;
    try {
      Locale.setDefault(Locale.forLanguageTag("fr-FR"));
      TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
      first = render(write("a", versions), dir.resolve("site-a"));
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      TimeZone.setDefault(TimeZone.getTimeZone("America/Anchorage"));
      List<String> reversed = new java.util.ArrayList<>(versions);
      java.util.Collections.reverse(reversed);
      second = render(write("b/elsewhere", reversed), dir.resolve("b/other/site"));
    } finally {
      Locale.setDefault(locale);
      TimeZone.setDefault(zone);
    }
    // 17 pages and the .policy-output marker, whose bytes are the same on every build too.
    assertEquals(18, first.size(), first.keySet().toString());
    assertEquals(first, second);
  }
}
