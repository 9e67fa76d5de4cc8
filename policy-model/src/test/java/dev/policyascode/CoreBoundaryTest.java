package dev.policyascode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The core knows no build tool: anything a user does through Maven, a test or another front end can
 * do by calling it. Checked on the sources, so no dependency is needed for it.
 */
class CoreBoundaryTest {

  @Test
  void theCoreImportsNothingFromMaven() throws IOException {
    List<String> offenders;
    List<Path> sources;
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      sources = files.filter(p -> p.toString().endsWith(".java")).toList();
    }
    offenders =
        sources.stream()
            .filter(
                p -> {
                  try {
                    return Files.readAllLines(p).stream()
                        .anyMatch(
                            l ->
                                l.matches(
                                    "import\\s+(static\\s+)?org\\.(apache\\.maven|codehaus\\.plexus)\\..*"));
                  } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                  }
                })
            .map(Path::toString)
            .toList();
    assertTrue(sources.size() > 20, "the sources were found: " + sources.size());
    assertEquals(List.of(), offenders);
  }
}
