package dev.policyascode.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.policyascode.lint.api.AbstractRule;
import dev.policyascode.lint.api.Rule;
import dev.policyascode.lint.rules.LoaderRule;
import dev.policyascode.lint.rules.SchemaUnknownRef;
import dev.policyascode.load.LoadRules;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The rules index and the header of every rule page are what {@link RulePages} makes of the rules'
 * metadata, so that a rule's id, severity, summary and basis are written once, in its class, and
 * the class is named after the rule.
 */
class RulePagesTest {

  /** Set to true to rewrite the generated parts of docs/rules instead of comparing them. */
  static final String UPDATE = "rules.docs.update";

  /** Rewrites them on a fresh clone: the reactor builds templates, so nothing is installed. */
  static final String REGENERATE =
      "mvn -q -pl policy-model -am test -Dtest=RulePagesTest"
          + " -Dsurefire.failIfNoSpecifiedTests=false -D"
          + UPDATE
          + "=true";

  @TestFactory
  Stream<DynamicTest> docsRulesAreWhatTheRulesSay() throws IOException {
    Map<String, String> generated = RulePages.generate(RuleRegistryTest.DOCS);
    if (Boolean.getBoolean(UPDATE)) {
      for (Map.Entry<String, String> e : generated.entrySet()) {
        Files.writeString(
            RuleRegistryTest.DOCS.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
      }
    }
    return generated.entrySet().stream()
        .map(
            e ->
                DynamicTest.dynamicTest(
                    "docs/rules/" + e.getKey(), () -> sameAsGenerated(e.getKey(), e.getValue())));
  }

  private static void sameAsGenerated(String name, String expected) throws IOException {
    Path file = RuleRegistryTest.DOCS.resolve(name);
    String how =
        "; its head is generated from the rules' classes: rewrite it with\n  " + REGENERATE;
    if (!Files.isRegularFile(file)) fail("docs/rules/" + name + " does not exist" + how);
    assertEquals(
        expected,
        Files.readString(file, StandardCharsets.UTF_8),
        "docs/rules/" + name + " does not say what the rules' classes say" + how);
  }

  @Test
  void theHeaderIsMadeOfTheClassMeta() {
    assertEquals(
        """
        # schema-unknown-ref

        A reference to an id that does not exist.

        | | |
        |---|---|
        | Family | schema |
        | Default severity | error |
        | Rests on | Format v1 |
        | Checked | on every version that loads |
        | Defined in | `SchemaUnknownRef` |

        """,
        RulePages.header(new SchemaUnknownRef()));
    assertEquals(
        "| Defined in | `LoadRules.UNKNOWN_KEY`, reported by the loader |",
        RulePages.header(new LoaderRule(LoadRules.UNKNOWN_KEY)).lines().toList().get(10));
  }

  @Test
  void theBodyAfterTheHeaderIsKept() {
    String page = "# old-id\n\nOld summary.\n\n## What it finds\n\nA thing.\n\n## Wrong\n";
    assertEquals(
        "# new\n\n## What it finds\n\nA thing.\n\n## Wrong\n",
        RulePages.withHeader(page, "# new\n\n"));
    assertEquals("# new\n\n## Wrong\n", RulePages.withHeader("## Wrong\n", "# new\n\n"));
    assertEquals("# new\n\n", RulePages.withHeader("# only a header\n", "# new\n\n"));
  }

  @Test
  void aRuleWithoutAPageGetsOneToFillIn(@org.junit.jupiter.api.io.TempDir Path docs)
      throws IOException {
    Files.writeString(docs.resolve(RulePages.INDEX), "# Lint rules\n\n## Families\n");
    String page = RulePages.generate(docs).get("schema-unknown-ref.md");
    assertEquals(RulePages.header(new SchemaUnknownRef()), page.substring(0, page.indexOf("## ")));
    for (String section : List.of("## What it finds", "## Wrong", "## Right")) {
      if (!page.contains("\n" + section + "\n"))
        fail("a new page has no " + section + ":\n" + page);
    }
    if (!page.contains("<rules><schema-unknown-ref>off</schema-unknown-ref></rules>")) {
      fail("a new page shows how to switch the rule off:\n" + page);
    }
  }

  /**
   * A rule's class is its id in upper camel case, so that the id in a finding leads to the class.
   * The loader's rules have no class: their metadata is the constant of LoadRules named after the
   * id without its family, which is schema for all of them.
   */
  @Test
  void aRuleIsDefinedUnderItsOwnName() {
    List<String> wrong = new ArrayList<>();
    for (Rule rule : RuleRegistry.builtIn()) {
      String id = rule.meta().id();
      String expected =
          rule instanceof LoaderRule
              ? "LoadRules." + RulePages.loaderConstantName(id)
              : RulePages.className(id);
      String actual =
          rule instanceof LoaderRule
              ? "LoadRules." + RulePages.loaderConstant(rule.meta())
              : rule.getClass().getSimpleName();
      if (!actual.equals(expected)) wrong.add(id + " is " + actual + ", not " + expected);
    }
    assertEquals(List.of(), wrong, "rules not defined under their own name");
  }

  /** A rule class that the registry does not list would be documented nowhere and never run. */
  @Test
  void everyRuleClassIsRegistered() {
    Set<String> classes = new TreeSet<>();
    for (JavaClass c :
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.policyascode")) {
      if (c.isAssignableTo(AbstractRule.class)
          && !c.getModifiers().contains(JavaModifier.ABSTRACT)
          && !c.isEquivalentTo(LoaderRule.class)) {
        classes.add(c.getName());
      }
    }
    Set<String> registered = new TreeSet<>();
    RuleRegistry.builtIn().forEach(r -> registered.add(r.getClass().getName()));
    classes.removeAll(registered);
    assertEquals(Set.of(), classes, "rule classes that RuleRegistry.builtIn() does not list");
  }
}
