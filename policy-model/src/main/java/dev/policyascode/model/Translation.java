package dev.policyascode.model;

import dev.policyascode.diagnostics.Position;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A version's words in another language, from {@code versions/<version>.<language>.yaml}: each
 * translated text keyed as {@code SourceTexts} keys the version's own. The facts (periods,
 * countries, legal bases, which categories an activity uses) are not here: they are the version's,
 * and every language shows them. Its status is its own, so that a translation can be published
 * after its version, and is then locked as the version is.
 */
public record Translation(
    String version,
    String language,
    Status status,
    List<TranslatedText> texts,
    Position at,
    Positions positions)
    implements Located {

  public Translation {
    Objects.requireNonNull(version, "version must not be null");
    Objects.requireNonNull(language, "language must not be null");
    Objects.requireNonNull(status, "status must not be null");
    texts = List.copyOf(texts);
    Objects.requireNonNull(positions, "positions must not be null");
  }

  /** The lock's name for it, and its file's stem: {@code 2027-01-01.fr}. */
  public String lockId() {
    return version + "." + language;
  }

  public boolean isPublished() {
    return status == Status.PUBLISHED;
  }

  /** The translated text under {@code key}, such as {@code section.cookies.body}. */
  public Optional<TranslatedText> text(String key) {
    return texts.stream().filter(t -> t.key().equals(key)).findFirst();
  }
}
