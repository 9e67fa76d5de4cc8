package dev.policyascode.text;

import dev.policyascode.model.PolicyVersion;
import dev.policyascode.model.Section;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Section numbers, computed from each section's place in the tree: the third subsection of the
 * fifth section is 5.3. Nothing stores a number, so reordering sections renumbers them.
 */
public final class Numbering {

  private final Map<String, String> numberById = new LinkedHashMap<>();
  private final Map<String, Section> byNumber = new LinkedHashMap<>();
  private final Map<String, Section> byId = new LinkedHashMap<>();

  public Numbering(PolicyVersion version) {
    number(version.sections(), "");
  }

  private void number(List<Section> sections, String prefix) {
    for (int i = 0; i < sections.size(); i++) {
      Section s = sections.get(i);
      String n = prefix + (i + 1);
      // the first of two sections with one id keeps it; the duplicate is a finding of its own
      byId.putIfAbsent(s.id(), s);
      numberById.putIfAbsent(s.id(), n);
      byNumber.put(n, s);
      number(s.sections(), n + ".");
    }
  }

  /** The number of the section with this id, such as "5.3". */
  public Optional<String> number(String id) {
    return Optional.ofNullable(numberById.get(id));
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
