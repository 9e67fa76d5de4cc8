package dev.policyascode.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A policy whose title and text hold what a site generator could run (Liquid, Go templates, Hugo
 * shortcodes), what Markdown could read as syntax or escapes, and markup: each must show as
 * written.
 */
final class HostilePolicy {

  /** The title, in the front matter, the page's heading and the site's title element. */
  static final String TITLE = "Privacy {{ site.title }} & {% raw %} AT&T";

  /** Words each page shows exactly as written; none of them may run or show an escape. */
  static final String[] WORDS = {
    "{{ site.title }}",
    "{% include secrets.txt %}",
    "{{< highlight go >}}",
    "{{% notice %}}",
    "{#c#}",
    "{::comment} kept {:/comment}",
    "{: .shout}",
    "marketing & sales",
    "&copy; stays as typed",
    "back\\slash",
    "*stars*",
    "<script>alert(1)</script>",
  };

  private HostilePolicy() {}

  static Path write(Path dir) throws IOException {
    Path root = Files.createTempDirectory(dir, "hostile-");
    write(
        root.resolve("p/policy.yaml"),
        """
        format: 1
        id: p
        title: "%s"
        controller:
          name: Example SAS
        languages: [en]
        """
            .formatted(TITLE));
    for (String v : new String[] {"2024-01-01", "2025-01-01"}) {
      write(
          root.resolve("p/versions/" + v + ".yaml"),
          """
          format: 1
          version: %s
          effective: %s
          status: published
          summary: |
            Changed {{ site.title }} & {%% raw %%}.
          preamble: |
            See [how long](#duration) and `{{ site.title }}`, `{%% raw %%}` as code.
          sections:
            - id: words
              title: "Words {{ site.title }} {%% if x %%} & *more*"
              body: |
                Text: {{ site.title }}, {%% include secrets.txt %%}, {{< highlight go >}},
                {{%% notice %%}}, {#c#}, {::comment} kept {:/comment}, {: .shout}, marketing & sales, &amp;copy; stays as typed,
                back\\\\slash, \\*stars\\*, <script>alert(1)</script>.
            - id: duration
              title: "How long {{ x }}"
              body: |
                Back to [the words](#words) and to [section 1](#words).
          """
              .formatted(v, v));
    }
    return root;
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }
}
