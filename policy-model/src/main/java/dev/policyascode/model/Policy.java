package dev.policyascode.model;

import dev.policyascode.diagnostics.Position;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A policy: its identity, which stays the same across versions, and its versions ordered by
 * effective date.
 */
public record Policy(
    String id,
    String title,
    Contact controller,
    List<Contact> jointControllers,
    Optional<Contact> dpo,
    Optional<Contact> representative,
    Optional<Contact> supervisoryAuthority,
    List<String> languages,
    Optional<String> baseUrl,
    SectionNumbering numbering,
    Position at,
    List<PolicyVersion> versions,
    Positions positions,
    List<Translation> translations,
    Optional<StoreLabels> storeLabels)
    implements Located {

  public Policy {
    Objects.requireNonNull(id, "id must not be null");
    Objects.requireNonNull(title, "title must not be null");
    Objects.requireNonNull(controller, "controller must not be null");
    jointControllers = List.copyOf(jointControllers);
    languages = List.copyOf(languages);
    versions = List.copyOf(versions);
    Objects.requireNonNull(numbering, "numbering must not be null");
    Objects.requireNonNull(positions, "positions must not be null");
    translations = List.copyOf(translations);
    Objects.requireNonNull(storeLabels, "storeLabels must not be null");
  }

  /**
   * A policy in one language without store labels, as most policies are: both are read from files
   * of their own.
   */
  public Policy(
      String id,
      String title,
      Contact controller,
      List<Contact> jointControllers,
      Optional<Contact> dpo,
      Optional<Contact> representative,
      Optional<Contact> supervisoryAuthority,
      List<String> languages,
      Optional<String> baseUrl,
      SectionNumbering numbering,
      Position at,
      List<PolicyVersion> versions,
      Positions positions) {
    this(
        id,
        title,
        controller,
        jointControllers,
        dpo,
        representative,
        supervisoryAuthority,
        languages,
        baseUrl,
        numbering,
        at,
        versions,
        positions,
        List.of(),
        Optional.empty());
  }

  /** This policy with the store labels read from beside its versions. */
  public Policy withStoreLabels(Optional<StoreLabels> labels) {
    return new Policy(
        id,
        title,
        controller,
        jointControllers,
        dpo,
        representative,
        supervisoryAuthority,
        languages,
        baseUrl,
        numbering,
        at,
        versions,
        positions,
        translations,
        labels);
  }

  /**
   * Made by hand rather than loaded, as in a test: its values are placed at its start, its sections
   * numbered in the default style.
   */
  public Policy(
      String id,
      String title,
      Contact controller,
      List<Contact> jointControllers,
      Optional<Contact> dpo,
      Optional<Contact> representative,
      Optional<Contact> supervisoryAuthority,
      List<String> languages,
      Optional<String> baseUrl,
      Position at,
      List<PolicyVersion> versions) {
    this(
        id,
        title,
        controller,
        jointControllers,
        dpo,
        representative,
        supervisoryAuthority,
        languages,
        baseUrl,
        SectionNumbering.DOTTED_PERIOD,
        at,
        versions,
        Positions.unknown());
  }

  /** The main language: the first one listed. */
  public String language() {
    return languages.isEmpty() ? "en" : languages.get(0);
  }

  /** The translations of {@code version}, in the order of {@link #languages()}. */
  public List<Translation> translationsOf(String version) {
    return translations.stream().filter(t -> t.version().equals(version)).toList();
  }

  /** The translation of {@code version} into {@code language}, if there is one. */
  public Optional<Translation> translation(String version, String language) {
    return translations.stream()
        .filter(t -> t.version().equals(version) && t.language().equals(language))
        .findFirst();
  }

  /** The newest published version, whatever the date of the build. */
  public Optional<PolicyVersion> latestPublished() {
    return versions.stream().filter(PolicyVersion::isPublished).reduce((a, b) -> b);
  }
}
