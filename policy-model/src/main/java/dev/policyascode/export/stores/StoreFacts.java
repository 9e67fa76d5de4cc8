package dev.policyascode.export.stores;

import dev.policyascode.diagnostics.Position;
import dev.policyascode.export.ExportException;
import dev.policyascode.model.DataCategory;
import dev.policyascode.model.Policy;
import dev.policyascode.model.PolicyVersion;
import dev.policyascode.model.StoreLabels;
import dev.policyascode.model.StoreVocabulary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * What one version says a store's label must show, by the store's data type: the version's data
 * categories joined with their entries in {@code store-labels.yaml}. Several categories may be one
 * store type (a name and a nickname are both Play's "Name"); their answers are merged so that the
 * label never claims less than one of them: shared, tracked or linked if any is, optional or
 * ephemeral only if all are, every purpose of each.
 */
final class StoreFacts {

  /** One store data type as the label shows it, with the categories it comes from. */
  record TypeFacts(
      String type,
      List<DataCategory> from,
      boolean shared,
      boolean ephemeral,
      boolean optional,
      boolean linked,
      boolean tracking,
      Set<String> purposes,
      Set<String> sharingPurposes) {}

  private StoreFacts() {}

  static StoreLabels labels(Policy policy) {
    return policy
        .storeLabels()
        .orElseThrow(
            () ->
                new ExportException(
                    policy.at(),
                    "the store labels need the answers the policy cannot give; add"
                        + " store-labels.yaml beside the policy's versions folder (see the"
                        + " README, section Store privacy labels)"));
  }

  /** The Play data types of {@code version}, in the order of the Play form. */
  static List<TypeFacts> play(Policy policy, PolicyVersion version) {
    return facts(policy, version, StoreVocabulary.PLAY_DATA_TYPES, StoreLabels.Entry::play, true);
  }

  /** Apple's data types of {@code version}, in the order of Apple's list. */
  static List<TypeFacts> apple(Policy policy, PolicyVersion version) {
    return facts(
        policy, version, StoreVocabulary.APPLE_DATA_TYPES, StoreLabels.Entry::apple, false);
  }

  private static List<TypeFacts> facts(
      Policy policy,
      PolicyVersion version,
      List<StoreVocabulary.Term> vocabulary,
      Function<StoreLabels.Entry, Optional<String>> typeOf,
      boolean play) {
    StoreLabels labels = labels(policy);
    Map<String, List<Pair>> byType = new LinkedHashMap<>();
    vocabulary.forEach(t -> byType.put(t.id(), new ArrayList<>()));
    for (DataCategory c : version.registers().dataCategories()) {
      Optional<StoreLabels.Entry> e = labels.entry(c.id());
      if (e.isEmpty() || typeOf.apply(e.get()).isEmpty()) continue;
      byType.get(typeOf.apply(e.get()).get()).add(new Pair(c, e.get()));
    }
    List<TypeFacts> out = new ArrayList<>();
    byType.forEach(
        (type, pairs) -> {
          if (!pairs.isEmpty()) out.add(merge(type, pairs, play));
        });
    return out;
  }

  private record Pair(DataCategory category, StoreLabels.Entry entry) {}

  private static TypeFacts merge(String type, List<Pair> pairs, boolean play) {
    List<DataCategory> from = new ArrayList<>();
    boolean shared = false, ephemeral = true, optional = true, linked = false, tracking = false;
    Set<String> purposes = new LinkedHashSet<>();
    Set<String> sharing = new LinkedHashSet<>();
    for (Pair p : pairs) {
      StoreLabels.Entry e = p.entry();
      from.add(p.category());
      shared |= e.shared();
      ephemeral &= e.ephemeral();
      if (play) {
        optional &= optional(p);
        purposes.addAll(need(e.playPurposes(), e.at("play"), "play_purposes", "Play"));
        if (e.shared()) {
          sharing.addAll(
              need(e.playSharingPurposes(), e.at("shared"), "play_sharing_purposes", "Play"));
        }
      } else {
        linked |= answer(e.linked(), e, "linked", "linked to the person's identity");
        tracking |= answer(e.tracking(), e, "tracking", "used to track the person");
        purposes.addAll(need(e.applePurposes(), e.at("apple"), "apple_purposes", "Apple"));
      }
    }
    return new TypeFacts(
        type, from, shared, ephemeral, optional, linked, tracking, purposes, sharing);
  }

  /** Whether people may refuse the data: said in the labels, or else the category's required. */
  private static boolean optional(Pair p) {
    if (p.entry().optional().isPresent()) return p.entry().optional().get();
    if (p.category().required().isPresent()) return !p.category().required().get();
    throw new ExportException(
        p.entry().at(),
        "the Play form asks whether people can choose not to give '"
            + p.category().id()
            + "'; write optional: true or false here, or required on the data category");
  }

  private static boolean answer(
      Optional<Boolean> value, StoreLabels.Entry e, String key, String what) {
    return value.orElseThrow(
        () ->
            new ExportException(
                e.at(),
                "Apple's label asks whether '"
                    + e.category()
                    + "' is "
                    + what
                    + "; write "
                    + key
                    + ": true or false here"));
  }

  private static List<String> need(List<String> list, Position at, String key, String store) {
    if (!list.isEmpty()) return list;
    throw new ExportException(
        at,
        store
            + "'s label asks why this data is collected or shared; list the reasons under "
            + key);
  }
}
