package dev.policyascode.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A section of the text. Its number is not stored: it comes from its place in the tree. */
public record Section(
    String id, String title, Optional<Prose> body, List<Section> sections, Position at) {
  public Section {
    Objects.requireNonNull(id, "id must not be null");
    Objects.requireNonNull(title, "title must not be null");
    Objects.requireNonNull(body, "body must not be null");
    sections = List.copyOf(sections);
  }

  void collect(List<Section> into) {
    into.add(this);
    sections.forEach(s -> s.collect(into));
  }
}
