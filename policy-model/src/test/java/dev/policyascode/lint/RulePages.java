package dev.policyascode.lint;

import dev.policyascode.diagnostics.RuleMeta;
import dev.policyascode.lint.api.Rule;
import dev.policyascode.load.LoadRules;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes the parts of {@code docs/rules} that only repeat the rules' metadata: the header of each
 * rule's page and the head of the index, with its table. Both are made from each rule's {@code
 * META} (and {@link LoadRules} for the rules the loader reports), so that id, family, severity,
 * summary and basis are written once, in the class.
 *
 * <p>The header of a page, and of the index, is everything before its first {@code ## } heading;
 * the body that follows is written by hand and kept as it is. A rule without a page gets one, with
 * a body to fill in. {@link RulePagesTest} compares the files with what this generates.
 */
final class RulePages {

  static final String INDEX = "README.md";

  private RulePages() {}

  /** Every file of {@code docs/rules} as it should be, by file name. */
  static Map<String, String> generate(Path docs) throws IOException {
    Map<String, String> files = new LinkedHashMap<>();
    List<Rule> rules = RuleRegistry.builtIn();
    files.put(INDEX, withHeader(read(docs.resolve(INDEX)), index(rules)));
    for (Rule rule : rules) {
      String name = rule.meta().id() + ".md";
      Path page = docs.resolve(name);
      String body = Files.exists(page) ? read(page) : newBody(rule.meta());
      files.put(name, withHeader(body, header(rule)));
    }
    return files;
  }

  /** The page with its header, everything before the first {@code ## } heading, replaced. */
  static String withHeader(String page, String header) {
    if (page.startsWith("## ")) return header + page;
    int heading = page.indexOf("\n## ");
    return header + (heading < 0 ? "" : page.substring(heading + 1));
  }

  /** The header of a rule's page: its id, its summary, and a table of the rest of its metadata. */
  static String header(Rule rule) {
    RuleMeta m = rule.meta();
    return "# "
        + m.id()
        + "\n\n"
        + m.summary()
        + ".\n\n| | |\n|---|---|\n"
        + row("Family", m.family())
        + row("Default severity", m.severity().label())
        + row("Rests on", m.basis())
        + row("Checked", checked(rule))
        + row("Defined in", definedIn(rule))
        + "\n";
  }

  /** When the rule is checked: a fact of its family, or of the loader for the loader's rules. */
  static String checked(Rule rule) {
    if (rule.reportedWhileLoading()) return "while the files are read, before any other rule";
    return switch (rule.meta().family()) {
      case "versions" -> "on every policy that loads, across its versions and its `versions.lock`";
      case "suppress" -> "on every file of a policy that loads";
      case "translations" -> "on every policy that loads, each translation beside its version";
      default -> "on every version that loads";
    };
  }

  /**
   * Where the rule's metadata is written: its class, named after its id; for a rule the loader
   * reports, which has no class of its own, the constant of {@link LoadRules} that describes it.
   */
  static String definedIn(Rule rule) {
    if (!rule.reportedWhileLoading()) return "`" + rule.getClass().getSimpleName() + "`";
    return "`LoadRules." + loaderConstant(rule.meta()) + "`, reported by the loader";
  }

  /** The name of the {@link LoadRules} constant that holds {@code meta}. */
  static String loaderConstant(RuleMeta meta) {
    for (Field f : LoadRules.class.getFields()) {
      if (!Modifier.isStatic(f.getModifiers()) || f.getType() != RuleMeta.class) continue;
      try {
        if (meta.equals(f.get(null))) return f.getName();
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(e);
      }
    }
    throw new IllegalStateException(meta.id() + " is reported while loading but not in LoadRules");
  }

  /** The name a rule's class must have: its id in upper camel case, schema-unknown-ref as such. */
  static String className(String id) {
    StringBuilder name = new StringBuilder();
    for (String part : id.split("-")) {
      name.append(part.substring(0, 1).toUpperCase(Locale.ROOT)).append(part.substring(1));
    }
    return name.toString();
  }

  /** The name a loader rule's constant must have: its id after schema-, in upper snake case. */
  static String loaderConstantName(String id) {
    return id.substring(id.indexOf('-') + 1).replace('-', '_').toUpperCase(Locale.ROOT);
  }

  private static String index(List<Rule> rules) {
    StringBuilder out =
        new StringBuilder(
            """
            # Lint rules

            Every rule the linter runs, with its id, family, default severity and what it
            finds. Each page says what the rule finds and why it matters, what it rests on, a
            wrong and a right example, and how to switch it off or change its severity.

            Findings print as `path/to/file.yaml:12:5: error: <message> [rule-id]`. Only
            errors fail the build by default; warnings and infos are printed and written to
            the SARIF report.

            This table and the head of every page are generated from the rules' classes (see
            [adding a rule](#adding-a-rule)): a rule's id, severity, summary and basis are
            changed there, never here.

            | Rule | Family | Severity | Summary |
            |---|---|---|---|
            """);
    for (Rule rule : rules) {
      RuleMeta m = rule.meta();
      out.append("| [%s](%s.md) ".formatted(m.id(), m.id()))
          .append(row(m.family(), m.severity().label(), m.summary()));
    }
    return out.append('\n').toString();
  }

  private static String row(String... cells) {
    StringBuilder row = new StringBuilder();
    for (String cell : cells) row.append("| ").append(cell.replace("|", "\\|")).append(' ');
    return row.append("|\n").toString();
  }

  /** The body of a new page: the sections every page has, to be filled in. */
  private static String newBody(RuleMeta m) {
    String id = m.id();
    return """
        ## What it finds

        (What the rule reports, and the near misses it leaves alone.)

        ## Why it matters

        (What goes wrong for the people the notice informs, and which article it breaks.)

        ## Wrong

        ```yaml
        # policies/example/versions/2024-01-01.yaml
        ```

        The linter reports:

        ```text
        ```

        ## Right

        ```yaml
        # policies/example/versions/2024-01-01.yaml
        ```

        ## Switching it off or changing its severity

        In the `pom.xml` of the project that holds the policies, the plugin's `<rules>`
        setting takes the rule's id and one of `off`, `error`, `warning` or `info`. Only
        errors fail the build by default (`policy.failOn`); warnings and infos are still
        printed and written to the SARIF report.

        To switch it off: `<rules><ID>off</ID></rules>`.

        Tests: `policy-model/src/test/resources/fixtures/ID/`.
        """
        .replace("ID", id);
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }
}
