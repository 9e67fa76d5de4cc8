package dev.policyascode.model;

import dev.policyascode.diagnostics.Position;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One complete, self-contained version of a policy: its registers and its text.
 *
 * <p>Immutable, with the accessors a record would have. Why not a record: a version read from the
 * loader's header cache (an unchanged file of a repository with many versions) holds its header
 * (id, effective date, status, summary, place) at once and makes the rest, its body, from its file
 * the first time it is asked for. The policy-level rules, the archive, the feed's dates and the
 * keys of the incremental outputs read only the header, so a build after a one-version change
 * parses that version alone. Either way every accessor gives what the file says; a body is made
 * once, whichever thread asks first.
 */
public final class PolicyVersion implements Located {

  /** Everything but the header: what the version's rules and pages read. */
  public record Body(
      Optional<Prose> preamble, Registers registers, List<Section> sections, Positions positions) {
    public Body {
      Objects.requireNonNull(preamble, "preamble must not be null");
      Objects.requireNonNull(registers, "registers must not be null");
      sections = List.copyOf(sections);
      Objects.requireNonNull(positions, "positions must not be null");
    }
  }

  private final String id;
  private final LocalDate effective;
  private final Status status;
  private final Optional<Prose> summary;
  private final Position at;
  private volatile String recipientsDigest; // given with a lazy body, else made on first use
  private Supplier<Body> source; // null once the body is made
  private volatile Body body;

  public PolicyVersion(
      String id,
      LocalDate effective,
      Status status,
      Optional<Prose> summary,
      Optional<Prose> preamble,
      Registers registers,
      List<Section> sections,
      Position at,
      Positions positions) {
    this(id, effective, status, summary, at, null, null);
    this.body = new Body(preamble, registers, sections, positions);
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

  private PolicyVersion(
      String id,
      LocalDate effective,
      Status status,
      Optional<Prose> summary,
      Position at,
      String recipientsDigest,
      Supplier<Body> source) {
    this.id = Objects.requireNonNull(id, "id must not be null");
    this.effective = Objects.requireNonNull(effective, "effective must not be null");
    this.status = Objects.requireNonNull(status, "status must not be null");
    this.summary = Objects.requireNonNull(summary, "summary must not be null");
    this.at = Objects.requireNonNull(at, "at must not be null");
    this.recipientsDigest = recipientsDigest;
    this.source = source;
  }

  /**
   * A version whose body is made by {@code body} when first asked for (once, whichever thread asks
   * first). {@code body} must give what the version's file says, as a version made at once would
   * hold: the loader's header cache makes it from the same file, checked by its digest. {@code
   * recipientsDigest} is what {@link Registers#recipientsDigest} gives for that body.
   */
  public static PolicyVersion withLazyBody(
      String id,
      LocalDate effective,
      Status status,
      Optional<Prose> summary,
      Position at,
      String recipientsDigest,
      Supplier<Body> body) {
    return new PolicyVersion(
        id,
        effective,
        status,
        summary,
        at,
        Objects.requireNonNull(recipientsDigest, "recipientsDigest must not be null"),
        Objects.requireNonNull(body, "body must not be null"));
  }

  public String id() {
    return id;
  }

  public LocalDate effective() {
    return effective;
  }

  public Status status() {
    return status;
  }

  public Optional<Prose> summary() {
    return summary;
  }

  @Override
  public Position at() {
    return at;
  }

  public Optional<Prose> preamble() {
    return body().preamble();
  }

  public Registers registers() {
    return body().registers();
  }

  public List<Section> sections() {
    return body().sections();
  }

  @Override
  public Positions positions() {
    return body().positions();
  }

  /**
   * {@link Registers#recipientsDigest} of this version's registers, without making the body when
   * the version was made with it.
   */
  public String recipientsDigest() {
    String d = recipientsDigest;
    if (d == null) {
      d = registers().recipientsDigest();
      recipientsDigest = d;
    }
    return d;
  }

  /** Whether the body is made: always for a version made at once; for tests and measurements. */
  public boolean bodyMade() {
    return body != null;
  }

  /** The body, made now if it is not yet. */
  public Body body() {
    Body b = body;
    if (b != null) return b;
    synchronized (this) {
      if (body == null) {
        Body made = Objects.requireNonNull(source.get(), "a version's body");
        body = made;
        source = null;
      }
      return body;
    }
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
    preamble().ifPresent(all::add);
    for (Section s : allSections()) s.body().ifPresent(all::add);
    Registers registers = registers();
    registers.definitions().forEach(d -> all.add(d.meaning()));
    registers.legalBases().forEach(b -> all.add(b.text()));
    registers.retention().forEach(x -> all.add(x.statement()));
    registers.securityMeasures().forEach(s -> all.add(s.text()));
    return all;
  }

  /** Every section, depth first, in reading order. */
  public List<Section> allSections() {
    List<Section> all = new ArrayList<>();
    sections().forEach(s -> s.collect(all));
    return all;
  }

  /** Equal when every value is, as a record's: the body is made to compare it. */
  @Override
  public boolean equals(Object o) {
    if (this == o) return true;
    if (!(o instanceof PolicyVersion v)) return false;
    return id.equals(v.id)
        && effective.equals(v.effective)
        && status == v.status
        && summary.equals(v.summary)
        && at.equals(v.at)
        && body().equals(v.body());
  }

  /** Of the header alone: equal versions have equal headers, and no body is made to hash one. */
  @Override
  public int hashCode() {
    return Objects.hash(id, effective, status, summary, at);
  }

  @Override
  public String toString() {
    return "PolicyVersion[id=" + id + ", effective=" + effective + ", status=" + status + "]";
  }
}
