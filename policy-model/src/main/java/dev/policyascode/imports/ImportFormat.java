package dev.policyascode.imports;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The formats a published notice can be imported from. */
public enum ImportFormat {
  MARKDOWN("markdown", ".md", ".markdown"),
  HTML("html", ".html", ".htm", ".xhtml"),
  WORD("word", ".docx");

  private final String word;
  private final String[] extensions;

  ImportFormat(String word, String... extensions) {
    this.word = word;
    this.extensions = extensions;
  }

  public String word() {
    return word;
  }

  /** The format a file's name announces, if any. */
  public static Optional<ImportFormat> guess(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    for (ImportFormat f : values()) {
      for (String ext : f.extensions) {
        if (name.endsWith(ext)) return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /** The format named by a word a user typed ("md", "markdown", "html", "docx", "word"). */
  public static Optional<ImportFormat> named(String word) {
    String w = word.strip().toLowerCase(Locale.ROOT);
    for (ImportFormat f : values()) {
      if (f.word.equals(w)) return Optional.of(f);
      for (String ext : f.extensions) {
        if (ext.substring(1).equals(w)) return Optional.of(f);
      }
    }
    return Optional.empty();
  }
}
