package dev.policyascode.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policyascode.lint.LintReport;
import dev.policyascode.lint.Linter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An output written with a build state, over a copy of the flagship (two versions, the French
 * translation of 2027-01-01, store labels): after each kind of change, the folder must be byte for
 * byte what a clean build gives ({@link #assertSameAsClean}), and the test checks how much was made
 * again.
 */
abstract class IncrementalOutputCase {

  private static final Path FLAGSHIP = Path.of("../policies/qucit-privacy").toAbsolutePath();

  @TempDir Path dir;
  Path policies;
  Path policy;
  Path templates;
  Path out;
  Path state;

  @BeforeEach
  void setUp() throws IOException {
    policies = dir.resolve("policies");
    policy = policies.resolve("qucit-privacy");
    templates = Files.createDirectories(dir.resolve("templates"));
    out = dir.resolve("target/policy-output");
    state = dir.resolve("target/policy-output.state");
    try (Stream<Path> s = Files.walk(FLAGSHIP)) {
      for (Path from : s.toList()) {
        Path to = policy.resolve(FLAGSHIP.relativize(from).toString());
        if (Files.isDirectory(from)) Files.createDirectories(to);
        else Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }

  /** Writes the output of {@code report} into {@code into}, with {@code stateFile} or none. */
  abstract RenderResult write(LintReport report, Path into, Path stateFile);

  RenderResult incremental() {
    return write(Linter.builder().build().lint(policies), out, state);
  }

  /** Renders from scratch, without a state, and checks the incremental folder is the same. */
  void assertSameAsClean() throws IOException {
    LintReport report = Linter.builder().build().lint(policies);
    Path clean = dir.resolve("clean");
    RenderResult full = write(report, clean, null);
    assertEquals(full.files().size(), full.rendered());
    List<String> expected = IncrementalRenderTest.files(clean);
    assertEquals(expected, IncrementalRenderTest.files(out));
    for (String f : expected) {
      assertArrayEquals(
          Files.readAllBytes(clean.resolve(f)), Files.readAllBytes(out.resolve(f)), f);
    }
  }

  void edit(String file, String from, String to) throws IOException {
    Path p = policy.resolve(file);
    String text = Files.readString(p);
    assertTrue(text.contains(from), from);
    Files.writeString(p, text.replace(from, to));
  }

  /** Adds {@code text} at the end of {@code file}: a change that no model field shows. */
  void append(String file, String text) throws IOException {
    Path p = policy.resolve(file);
    Files.writeString(p, Files.readString(p) + text);
  }

  /** Shared by every output kept with a state: the state file is replaced only if ours. */
  @Test
  void aFileWithTheStatesNameThatTheBuildDidNotWriteIsNeverOverwritten() throws IOException {
    Files.createDirectories(state.getParent());
    Files.writeString(state, "a user's notes that happen to have this name");
    RenderException e = assertThrows(RenderException.class, this::incremental);
    assertTrue(e.getMessage().contains(state.getFileName().toString()), e.getMessage());
    assertEquals("a user's notes that happen to have this name", Files.readString(state));
    assertTrue(Files.notExists(out));
    Files.delete(state);
    incremental();
    assertTrue(incremental().upToDate(), "its own state is replaced and read again");
  }
}
