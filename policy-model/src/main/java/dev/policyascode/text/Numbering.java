package dev.policyascode.text;

import dev.policyascode.model.PolicyVersion;
import dev.policyascode.model.Section;
import dev.policyascode.model.SectionNumbering;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The sections of one version in their places: the number of each (the third subsection of the
 * fifth section is 5.3), its anchor and its heading level. Nothing stores a number, so reordering
 * sections renumbers them. Made once per version ({@link #of}) and read by the rules, the pages,
 * the register, the compliance matrix and the changes, so they cannot number a section differently.
 * The plain number ("5.3") is the key every rule and reference uses; how a heading shows it depends
 * on the policy's {@link SectionNumbering} ({@link Numbered#shown}).
 */
public final class Numbering {

  private static final IdentityMemo<PolicyVersion, Numbering> MADE = new IdentityMemo<>();

  /**
   * A section in its place. {@code depth} is 1 for a top-level section; {@code children} are its
   * subsections in theirs.
   */
  public record Numbered(Section section, String number, int depth, List<Numbered> children) {
    public Numbered {
      children = List.copyOf(children);
    }

    /** The id of the section's element on a page, which a link {@code #id} points at. */
    public String anchor() {
      return section.id();
    }

    /**
     * The number as its heading shows it in the policy's style: "5.3.", "5.3)", "Article 5"; empty
     * when the policy shows no numbers. Only headings use it: references keep the plain number.
     */
    public String shown(SectionNumbering style) {
      return style.shown(number, depth);
    }

    /** The HTML heading level of its title: h2 for a top-level section (h1 is the policy's). */
    public int headingLevel() {
      return Math.min(depth + 1, 6);
    }
  }

  private final List<Numbered> top;
  private final Map<String, String> numberById = new LinkedHashMap<>();
  private final Map<String, Section> byNumber = new LinkedHashMap<>();
  private final Map<String, Section> byId = new LinkedHashMap<>();

  private Numbering(PolicyVersion version) {
    // Holds the sections, never the version: the memo lets go of a version nobody holds.
    this.top = number(version.sections(), "", 1);
  }

  /** The numbering of {@code version}, computed on the first call for that version. */
  public static Numbering of(PolicyVersion version) {
    return MADE.get(version, Numbering::new);
  }

  private List<Numbered> number(List<Section> sections, String prefix, int depth) {
    List<Numbered> out = new ArrayList<>();
    for (int i = 0; i < sections.size(); i++) {
      Section s = sections.get(i);
      String n = prefix + (i + 1);
      // the first of two sections with one id keeps it; the duplicate is a finding of its own
      byId.putIfAbsent(s.id(), s);
      numberById.putIfAbsent(s.id(), n);
      byNumber.put(n, s);
      out.add(new Numbered(s, n, depth, number(s.sections(), n + ".", depth + 1)));
    }
    return List.copyOf(out);
  }

  /** The top-level sections in their places, each with its subsections. */
  public List<Numbered> sections() {
    return top;
  }

  /** The number of the section with this id, such as "5.3". */
  public Optional<String> number(String id) {
    return Optional.ofNullable(numberById.get(id));
  }

  /** The number of each section by its id, in reading order: all that {@link #number} answers. */
  public Map<String, String> numbers() {
    return Collections.unmodifiableMap(numberById);
  }

  public Optional<Section> section(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** The section with this number ("5.3", "5.3." or "5"), if there is one. */
  public Optional<Section> byNumber(String number) {
    String n = number.endsWith(".") ? number.substring(0, number.length() - 1) : number;
    return Optional.ofNullable(byNumber.get(n));
  }

  /** All numbers, in reading order. */
  public Map<String, Section> all() {
    return Collections.unmodifiableMap(byNumber);
  }
}
