package dev.policyascode.model;

import dev.policyascode.diagnostics.Position;
import java.util.List;
import java.util.Optional;

/** A category of personal data, with the items the text lists for it. */
public record DataCategory(
    String id,
    String name,
    Optional<String> description,
    List<String> items,
    Optional<Boolean> required,
    boolean special,
    Optional<String> source,
    Position at) {
  public DataCategory {
    items = List.copyOf(items);
  }
}
