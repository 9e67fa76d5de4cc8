package dev.policyascode.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The file that says a folder is an output of this tool, and of which kind: the only proof that
 * replacing the folder whole deletes nothing but what the tool wrote there. Its text is the same on
 * every build, so that two builds of the same policy still give the same bytes.
 */
final class OutputMarker {

  static final String NAME = ".policy-output";

  private static final String HEADER = "privacy-policy-as-code output: ";

  private OutputMarker() {}

  static void write(Path dir, OutputKind kind) throws IOException {
    Files.writeString(
        dir.resolve(NAME),
        HEADER
            + kind.word()
            + "\n"
            + "This folder holds "
            + kind.what()
            + " written by the policy plugin. It is deleted and written anew on every build:\n"
            + "keep no file of your own here.\n",
        StandardCharsets.UTF_8);
  }

  /** The kind of output {@code dir} holds, when it has a marker this tool wrote. */
  static Optional<OutputKind> of(Path dir) {
    Path file = dir.resolve(NAME);
    if (!Files.isRegularFile(file)) return Optional.empty();
    String first;
    try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
      first = lines.findFirst().orElse("");
    } catch (IOException | UncheckedIOException e) {
      return Optional.empty();
    }
    if (!first.startsWith(HEADER)) return Optional.empty();
    String word = first.substring(HEADER.length());
    for (OutputKind k : OutputKind.values()) {
      if (k.word().equals(word)) return Optional.of(k);
    }
    return Optional.empty();
  }

  /** Whether {@code dir} holds nothing at all. */
  static boolean empty(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.findAny().isEmpty();
    }
  }
}
