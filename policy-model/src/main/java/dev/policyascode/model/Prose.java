package dev.policyascode.model;

import dev.policyascode.diagnostics.Position;
import java.util.Objects;

/**
 * CommonMark text as the author wrote it, with a locator that turns a place in the text into a
 * place in the source file, so that a finding about a word points at that word.
 */
public record Prose(String text, TextLocator locator) {
  public Prose {
    Objects.requireNonNull(text, "text must not be null");
    Objects.requireNonNull(locator, "locator must not be null");
  }

  /** Where the text starts, as {@link TextLocator#start()} says. */
  public Position at() {
    return locator.start();
  }

  /** The position of {@code text.substring(offset, offset + length)} in the source file. */
  public Position at(int offset, int length) {
    return locator.locate(text, offset, length);
  }
}
