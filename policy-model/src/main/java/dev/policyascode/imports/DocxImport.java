package dev.policyascode.imports;

import java.nio.file.Path;

final class DocxImport {
  private DocxImport() {}

  static String markdown(Path file) throws ImportException {
    throw new ImportException(file + ": Word import is not there yet");
  }
}
