package dev.policyascode.model;

import dev.policyascode.diagnostics.Position;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** One complete, self-contained version of a policy: its registers and its text. */
public record PolicyVersion(
    String id,
    LocalDate effective,
    Status status,
    Optional<Prose> summary,
    Optional<Prose> preamble,
    Registers registers,
    List<Section> sections,
    Position at,
    Positions positions)
    implements Located {

  public PolicyVersion {
    Objects.requireNonNull(id, "id must not be null");
    Objects.requireNonNull(effective, "effective must not be null");
    Objects.requireNonNull(status, "status must not be null");
    Objects.requireNonNull(registers, "registers must not be null");
    sections = List.copyOf(sections);
    Objects.requireNonNull(positions, "positions must not be null");
  }

  /** Made by hand rather than loaded, as in a test: its values are placed at its start. */
  public PolicyVersion(
      String id,
      LocalDate effective,
      Status status,
      Optional<Prose> summary,
      Optional<Prose> preamble,
      Registers registers,
      List<Section> sections,
      Position at) {
    this(id, effective, status, summary, preamble, registers, sections, at, Positions.unknown());
  }

  public boolean isPublished() {
    return status == Status.PUBLISHED;
  }

  /**
   * Every CommonMark text of the version, in reading order: the summary, the preamble, the section
   * bodies, then the registers' own texts (definitions, legal bases, retention statements, security
   * measures), which the bodies may show.
   */
  public List<Prose> texts() {
    List<Prose> all = new ArrayList<>();
    summary.ifPresent(all::add);
    preamble.ifPresent(all::add);
    for (Section s : allSections()) s.body().ifPresent(all::add);
    registers.definitions().forEach(d -> all.add(d.meaning()));
    registers.legalBases().forEach(b -> all.add(b.text()));
    registers.retention().forEach(x -> all.add(x.statement()));
    registers.securityMeasures().forEach(s -> all.add(s.text()));
    return all;
  }

  /** Every section, depth first, in reading order. */
  public List<Section> allSections() {
    List<Section> all = new ArrayList<>();
    sections.forEach(s -> s.collect(all));
    return all;
  }
}
