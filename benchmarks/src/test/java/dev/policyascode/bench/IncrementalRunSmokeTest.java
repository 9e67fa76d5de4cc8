package dev.policyascode.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Both flows of the one-version change, at a small size and one timed run: each takes in the edit
 * of one version (the others reused from the lint cache) and renders what that edit changes. A
 * figure is only worth its flow: this checks the flow, not the time.
 */
class IncrementalRunSmokeTest {

  @TempDir Path dir;

  @Test
  void aPublishedVersionEditedIsCheckedAloneAndRendersItsPages() throws Exception {
    String line = IncrementalRun.run(dir, 5, 1, "published");
    assertTrue(line.startsWith("INCREMENTAL size=5 flow=published runs=1 "), line);
    assertTrue(line.contains(" reused=4 checked=1 "), line);
    // its three files, two changes pages, the archive (2), the feed and the sitemap
    assertTrue(line.contains(" rendered=9 "), line);
  }

  @Test
  void aDraftEditedIsCheckedAloneAndRendersNothing() throws Exception {
    String line = IncrementalRun.run(dir, 5, 1, "draft");
    assertTrue(line.startsWith("INCREMENTAL size=5 flow=draft runs=1 "), line);
    assertTrue(line.contains(" reused=5 checked=1 "), line);
    assertTrue(line.contains(" rendered=0 "), line);
  }
}
