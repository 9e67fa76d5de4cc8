package dev.policyascode.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A corpus document in the format under test: the Markdown as it is, or converted by an independent
 * tool (pandoc) to HTML or Word.
 */
final class Conversions {
  private Conversions() {}

  static Path convert(Path markdown, ImportFormat format, Path work) throws IOException {
    Files.createDirectories(work);
    return switch (format) {
      case MARKDOWN -> markdown;
      case HTML -> Pandoc.toHtml(markdown, work);
      case WORD -> Pandoc.toDocx(markdown, work);
    };
  }
}
