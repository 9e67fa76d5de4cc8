package dev.policyascode.export.stores;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.policyascode.load.LoadResult;
import dev.policyascode.load.PolicyLoader;
import dev.policyascode.model.Policy;
import java.nio.file.Path;
import java.util.List;

/** The policies the store label tests export: the app-like sample and the flagship. */
final class StoreLabelsFixtures {

  static final Path REPO = Path.of("..").toAbsolutePath().normalize();
  static final Path SAMPLE = Path.of("src/test/resources/store-labels/policies");
  static final Path FLAGSHIP = REPO.resolve("policies");

  private StoreLabelsFixtures() {}

  /** Every policy under {@code root}, which must load without a finding. */
  static List<Policy> load(Path root) {
    LoadResult r = new PolicyLoader(REPO).load(root);
    assertEquals(List.of(), r.findings(), "the policies load");
    return r.policies();
  }
}
