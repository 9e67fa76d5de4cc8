package dev.policyascode.model;

import dev.policyascode.diagnostics.Position;
import java.util.Objects;
import java.util.Optional;

/**
 * One translated text: the key of the source text it translates, the fingerprint of the source text
 * it was made from (empty until the team marks it translated) and the words.
 */
public record TranslatedText(
    String key, Optional<String> source, Prose text, Position at, Positions positions)
    implements Located {

  public TranslatedText {
    Objects.requireNonNull(key, "key must not be null");
    Objects.requireNonNull(source, "source must not be null");
    Objects.requireNonNull(text, "text must not be null");
    Objects.requireNonNull(positions, "positions must not be null");
  }
}
