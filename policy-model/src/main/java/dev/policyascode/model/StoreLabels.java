package dev.policyascode.model;

import dev.policyascode.diagnostics.Position;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The answers of an app's store privacy labels that the notice cannot give, from {@code
 * store-labels.yaml} beside a policy's versions. They change with the app's releases, not with the
 * policy's versions, so they live beside the versions rather than in a (locked) version file; what
 * the notice already says (which data, which activities, to whom) is taken from the version the
 * labels are generated for.
 */
public record StoreLabels(
    boolean encryptedInTransit,
    boolean deletionRequests,
    Optional<String> deletionUrl,
    List<String> trackingDomains,
    List<Entry> categories,
    Position at,
    Positions positions)
    implements Located {

  public StoreLabels {
    trackingDomains = List.copyOf(trackingDomains);
    categories = List.copyOf(categories);
    Objects.requireNonNull(positions, "positions must not be null");
  }

  /** The labels of one data category of the versions, by its id. */
  public record Entry(
      String category,
      Optional<String> play,
      Optional<String> apple,
      boolean shared,
      boolean ephemeral,
      Optional<Boolean> optional,
      Optional<Boolean> linked,
      Optional<Boolean> tracking,
      List<String> playPurposes,
      List<String> playSharingPurposes,
      List<String> applePurposes,
      Position at,
      Positions positions)
      implements Located {
    public Entry {
      playPurposes = List.copyOf(playPurposes);
      playSharingPurposes = List.copyOf(playSharingPurposes);
      applePurposes = List.copyOf(applePurposes);
      Objects.requireNonNull(positions, "positions must not be null");
    }
  }

  /** The entry of a data category, if the labels name it. */
  public Optional<Entry> entry(String categoryId) {
    return categories.stream().filter(e -> e.category().equals(categoryId)).findFirst();
  }
}
