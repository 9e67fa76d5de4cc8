package dev.policyascode.imports;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reading a source file, with a plain message when it cannot be read. */
final class Sources {

  /** Larger sources are refused by their size, before reading, as the loader refuses YAML. */
  static final long MAX_BYTES = 16L * 1024 * 1024;

  private Sources() {}

  static byte[] bytes(Path file) throws ImportException {
    try {
      if (Files.size(file) > MAX_BYTES) {
        throw new ImportException(
            file + ": this file is larger than 16 MB, too large for a notice; check the file");
      }
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new ImportException(file + ": could not be read (" + e.getMessage() + ")", e);
    }
  }

  static String utf8(Path file) throws ImportException {
    byte[] bytes = bytes(file);
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new ImportException(
          file + ": this is not UTF-8 text; save the Markdown as UTF-8 and import it again", e);
    }
  }
}
