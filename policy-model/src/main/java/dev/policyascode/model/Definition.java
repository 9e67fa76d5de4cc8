package dev.policyascode.model;

import dev.policyascode.diagnostics.Position;
import java.util.List;

/** A defined term: the term, its other spellings, and the words that define it. */
public record Definition(String id, String term, List<String> aliases, Prose meaning, Position at) {
  public Definition {
    aliases = List.copyOf(aliases);
  }
}
