package dev.policyascode.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SealedLinesTest {

  private static final String KIND = "a-cache 1";
  private static final List<String> LINES = List.of("K one 1", "F\trule\ta message", "");

  @TempDir Path dir;

  private final Seal seal = Seal.random();

  private Path written() throws IOException {
    Path file = dir.resolve("cache/file");
    Files.createDirectories(file.getParent());
    SealedLines.write(file, KIND, LINES, seal);
    return file;
  }

  @Test
  void readsBackWhatItWroteWithTheSameSeal() throws IOException {
    Path file = written();
    assertEquals(Optional.of(LINES), SealedLines.read(file, KIND, seal));
    List<String> raw = Files.readAllLines(file);
    assertEquals(KIND, raw.get(0));
    assertTrue(raw.get(raw.size() - 1).startsWith("seal "));
  }

  @Test
  void aFileSealedWithAnotherKeyIsNone() throws IOException {
    assertEquals(Optional.empty(), SealedLines.read(written(), KIND, Seal.random()));
  }

  @Test
  void aFileChangedCutShortOfAnotherKindOrNotUtf8IsNone() throws IOException {
    Path file = written();
    String text = Files.readString(file);
    Files.writeString(file, text.replace("a message", "another message"));
    assertEquals(Optional.empty(), SealedLines.read(file, KIND, seal));
    Files.writeString(file, text.substring(0, text.lastIndexOf("seal ")));
    assertEquals(Optional.empty(), SealedLines.read(file, KIND, seal));
    Files.writeString(file, text);
    assertEquals(Optional.empty(), SealedLines.read(file, "a-cache 2", seal));
    Files.write(file, new byte[] {(byte) 0xc3, (byte) 0x28, '\n'});
    assertEquals(Optional.empty(), SealedLines.read(file, KIND, seal));
    Files.delete(file);
    assertEquals(Optional.empty(), SealedLines.read(file, KIND, seal));
    Files.createDirectories(file);
    assertEquals(Optional.empty(), SealedLines.read(file, KIND, seal));
  }
}
