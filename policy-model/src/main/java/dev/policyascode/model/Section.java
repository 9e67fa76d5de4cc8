package dev.policyascode.model;

import dev.policyascode.diagnostics.Position;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A section of the text. Its number is not stored: it comes from its place in the tree. {@code
 * titleAt} is where the title is written, so that a finding about the title points at it.
 */
public record Section(
    String id,
    String title,
    Optional<Prose> body,
    List<Section> sections,
    Position at,
    Position titleAt,
    Positions positions)
    implements Located {
  public Section {
    Objects.requireNonNull(id, "id must not be null");
    Objects.requireNonNull(title, "title must not be null");
    Objects.requireNonNull(body, "body must not be null");
    Objects.requireNonNull(titleAt, "titleAt must not be null");
    sections = List.copyOf(sections);
    Objects.requireNonNull(positions, "positions must not be null");
  }

  /** Made by hand rather than loaded, as in a test: its values are placed at its start. */
  public Section(
      String id,
      String title,
      Optional<Prose> body,
      List<Section> sections,
      Position at,
      Position titleAt) {
    this(id, title, body, sections, at, titleAt, Positions.unknown());
  }

  /** A section whose title is placed where the section is. */
  public Section(
      String id, String title, Optional<Prose> body, List<Section> sections, Position at) {
    this(id, title, body, sections, at, at, Positions.unknown());
  }

  void collect(List<Section> into) {
    into.add(this);
    sections.forEach(s -> s.collect(into));
  }
}
