package dev.policyascode;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layers of the core, bottom first (docs/architecture.md says what lives in each and why). A
 * package may use its own layer and the layers below it, never one above: the model knows nothing
 * of loading, loading nothing of rules, the rules nothing of the engine that runs them, and so on
 * up to rendering. The plugin sits on top, in its own module, and the core knows no build tool.
 */
class ArchitectureTest {

  /** Each line is a layer; packages on one line may use each other as long as there is no cycle. */
  static final List<List<String>> LAYERS =
      List.of(
          List.of("diagnostics", "concurrent", "json", "io"),
          List.of("model"),
          List.of("load"),
          List.of("text"),
          List.of("imports"),
          List.of("gdpr"),
          List.of("versions", "register", "diff", "translate"),
          List.of("flow"),
          List.of("export", "export.stores"),
          List.of("export.catalog"),
          List.of("lint.api"),
          List.of("lint.rules"),
          List.of("lint.suppress"),
          List.of("lint.cache"),
          List.of("lint"),
          List.of("lint.report"),
          List.of("render"),
          List.of("start"));

  static JavaClasses core;

  @BeforeAll
  static void importTheCore() {
    core =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.policyascode");
  }

  @Test
  void noPackageUsesALayerAboveIt() {
    for (int i = 0; i < LAYERS.size() - 1; i++) {
      noClasses()
          .that()
          .resideInAnyPackage(packages(LAYERS.get(i).stream()))
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              packages(LAYERS.subList(i + 1, LAYERS.size()).stream().flatMap(List::stream)))
          .because("layer " + LAYERS.get(i) + " lies below them (docs/architecture.md)")
          .check(core);
    }
  }

  @Test
  void everyPackageHasItsPlaceInALayer() {
    classes()
        .should()
        .resideInAnyPackage(packages(LAYERS.stream().flatMap(List::stream)))
        .because(
            "a new package is placed in a layer of ArchitectureTest.LAYERS and of"
                + " docs/architecture.md")
        .check(core);
  }

  @Test
  void noCycleBetweenPackages() {
    slices().matching("dev.policyascode.(**)").should().beFreeOfCycles().check(core);
  }

  @Test
  void theCoreKnowsNoBuildTool() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.apache.maven..", "org.codehaus.plexus..")
        .because(
            "anything a user does through Maven, a test or another front end can do by calling"
                + " the core")
        .check(core);
  }

  private static String[] packages(Stream<String> names) {
    return names.map(n -> "dev.policyascode." + n).toArray(String[]::new);
  }
}
