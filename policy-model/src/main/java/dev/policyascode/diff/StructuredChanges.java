package dev.policyascode.diff;

import dev.policyascode.diff.Change.Area;
import dev.policyascode.model.PolicyVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What changed between two versions, from their structure: sections matched by id (added, removed,
 * moved, renumbered, retitled, text changed) and the registers matched by id (definitions, data
 * categories, activities, legal bases, retention periods, recipients, transfers).
 *
 * <p>The lines are written in the policy's language with the {@code change.*} labels (the page's
 * labels, a project's own words included); periods in words and country names follow the language
 * too. Without labels, the built-in English ones.
 */
public final class StructuredChanges {

  private StructuredChanges() {}

  /**
   * The changes from {@code from} to {@code to} in English, grouped by area in the order of {@link
   * Area}.
   */
  public static List<Change> between(PolicyVersion from, PolicyVersion to) {
    return between(from, to, new Redlines());
  }

  /**
   * As {@link #between(PolicyVersion, PolicyVersion)}, keeping its redlines in {@code redlines}.
   */
  public static List<Change> between(PolicyVersion from, PolicyVersion to, Redlines redlines) {
    return between(from, to, Phrases.ENGLISH, redlines);
  }

  /**
   * The changes from {@code from} to {@code to} in the words of {@code labels} (every {@code
   * change.*} key of the built-in labels) and the language {@code languageTag}, keeping the
   * redlines in {@code redlines}.
   */
  public static List<Change> between(
      PolicyVersion from,
      PolicyVersion to,
      Map<String, String> labels,
      String languageTag,
      Redlines redlines) {
    return between(from, to, new Phrases(labels, languageTag), redlines);
  }

  private static List<Change> between(
      PolicyVersion from, PolicyVersion to, Phrases phrases, Redlines redlines) {
    List<Change> changes = new ArrayList<>();
    new SectionChanges(from, to, redlines, phrases, changes).find();
    new RegisterChanges(from, to, redlines, phrases, changes).find();
    List<Change> sorted = new ArrayList<>(changes);
    sorted.sort(java.util.Comparator.comparing(Change::area)); // stable: keeps each area's order
    return List.copyOf(sorted);
  }

  /**
   * The changes to the named recipients only: what {@link #between} lists under {@link
   * Area#RECIPIENTS}, without diffing every section's text (the feed needs only these).
   */
  public static List<Change> recipients(PolicyVersion from, PolicyVersion to) {
    return recipients(from, to, Phrases.ENGLISH);
  }

  /**
   * As {@link #recipients(PolicyVersion, PolicyVersion)}, in the words of {@code labels} and the
   * language {@code languageTag}.
   */
  public static List<Change> recipients(
      PolicyVersion from, PolicyVersion to, Map<String, String> labels, String languageTag) {
    return recipients(from, to, new Phrases(labels, languageTag));
  }

  private static List<Change> recipients(PolicyVersion from, PolicyVersion to, Phrases phrases) {
    // Most versions change no recipient. Equal digests say so without reading either version's
    // registers, which for a version taken from the header cache would mean parsing its file.
    if (from.recipientsDigest().equals(to.recipientsDigest())) return List.of();
    List<Change> changes = new ArrayList<>();
    new RegisterChanges(from, to, new Redlines(), phrases, changes).recipients();
    return List.copyOf(changes);
  }
}
