package dev.policyascode.load;

import dev.policyascode.diagnostics.Finding;
import dev.policyascode.io.Digests;
import dev.policyascode.load.Value.Map_;
import dev.policyascode.model.PolicyVersion;
import dev.policyascode.model.StoreLabels;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Reads {@code store-labels.yaml} beside a policy's versions and checks that every category it
 * labels is a data category of one of the versions, once and by its id.
 */
final class StoreLabelsReader {

  static final String FILE = "store-labels.yaml";

  private StoreLabelsReader() {}

  /**
   * The labels, or empty when the policy has none or after reporting what is wrong. {@code
   * categories} gives the ids of a version's data categories: from its registers, or from its
   * header when its body is not made yet (an unchanged version file, see {@link VersionHeaders}).
   */
  static Optional<StoreLabels> read(
      Path folder,
      String name,
      List<PolicyVersion> versions,
      java.util.function.Function<PolicyVersion, List<String>> categories,
      Consumer<Finding> report,
      Map<String, String> sources) {
    Path file = folder.resolve(FILE);
    if (!Files.isRegularFile(file)) return Optional.empty();
    List<Finding> found = new ArrayList<>();
    Optional<Value> read =
        YamlFile.read(
            file,
            name,
            Format.STORE_LABELS,
            found::add,
            bytes -> sources.put(name, Digests.sha256(bytes)),
            c -> {});
    found.forEach(report);
    if (read.isEmpty() || !found.isEmpty()) return Optional.empty();
    Map_ m = (Map_) read.get();
    Set<String> known = new TreeSet<>();
    for (PolicyVersion v : versions) known.addAll(categories.apply(v));
    Set<String> seen = new HashSet<>();
    List<StoreLabels.Entry> entries = new ArrayList<>();
    boolean ok = true;
    for (Value v : m.list("categories")) {
      Map_ e = (Map_) v;
      String id = e.text("category");
      if (!known.contains(id)) {
        ok = false;
        String hint =
            DidYouMean.closest(id, List.copyOf(known))
                .map(c -> "did you mean '" + c + "'? ")
                .orElse("");
        report.accept(
            Finding.of(
                LoadRules.WRONG_TYPE,
                e.at("category"),
                "'"
                    + id
                    + "' is not the id of a data category of any version; "
                    + hint
                    + "write the id the versions give the category under data_categories"));
      } else if (!seen.add(id)) {
        ok = false;
        report.accept(
            Finding.of(
                LoadRules.DUPLICATE_KEY,
                e.at("category"),
                "the data category '" + id + "' is labelled twice; keep one entry for it"));
      }
      entries.add(entry(e));
    }
    if (!ok) return Optional.empty();
    Map_ app = (Map_) m.fields().get("app");
    return Optional.of(
        new StoreLabels(
            bool(app, "encrypted_in_transit").orElseThrow(),
            bool(app, "deletion_requests").orElseThrow(),
            app.optText("deletion_url"),
            app.texts("tracking_domains"),
            entries,
            m.at(),
            m.positions()));
  }

  private static StoreLabels.Entry entry(Map_ e) {
    return new StoreLabels.Entry(
        e.text("category"),
        e.optText("play"),
        e.optText("apple"),
        bool(e, "shared").orElseThrow(),
        bool(e, "ephemeral").orElse(false),
        bool(e, "optional"),
        bool(e, "linked"),
        bool(e, "tracking"),
        e.texts("play_purposes"),
        e.texts("play_sharing_purposes"),
        e.texts("apple_purposes"),
        e.at(),
        e.positions());
  }

  private static Optional<Boolean> bool(Map_ m, String key) {
    return m.optText(key).map(Boolean::parseBoolean);
  }
}
