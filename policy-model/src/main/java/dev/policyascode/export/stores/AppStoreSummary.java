package dev.policyascode.export.stores;

import dev.policyascode.export.ExportFile;
import dev.policyascode.export.ExportFormat;
import dev.policyascode.model.DataCategory;
import dev.policyascode.model.Policy;
import dev.policyascode.model.PolicyVersion;
import dev.policyascode.model.StoreVocabulary;
import dev.policyascode.model.StoreVocabulary.Term;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * A readable summary of the App Store privacy details, in Apple's three groups (data used to track
 * you, data linked to you, data not linked to you), for whoever fills in App Store Connect, with
 * the policy's data categories each answer comes from.
 */
public final class AppStoreSummary implements ExportFormat {

  public static final String FILE = "app-store-privacy.md";

  @Override
  public String name() {
    return "app-store-privacy";
  }

  @Override
  public List<String> files() {
    return List.of(FILE);
  }

  @Override
  public List<ExportFile> write(Policy policy, PolicyVersion version) {
    List<StoreFacts.TypeFacts> types = StoreFacts.apple(policy, version);
    StringBuilder b = new StringBuilder();
    b.append("# App Store privacy details: ").append(policy.title()).append("\n\n");
    b.append("Generated from version ").append(version.id()).append(" of the policy and its");
    b.append(" store-labels.yaml. Enter these answers in App Store Connect (App Privacy).\n");
    if (types.isEmpty()) {
      b.append("\n## Data Not Collected\n\nThe app does not collect data from this app.\n");
    } else {
      group(b, "Data Used to Track You", types, StoreFacts.TypeFacts::tracking);
      group(b, "Data Linked to You", types, StoreFacts.TypeFacts::linked);
      group(b, "Data Not Linked to You", types, t -> !t.linked());
    }
    return List.of(new ExportFile(FILE, b.toString().getBytes(StandardCharsets.UTF_8)));
  }

  private static void group(
      StringBuilder b,
      String title,
      List<StoreFacts.TypeFacts> types,
      Predicate<StoreFacts.TypeFacts> in) {
    Map<String, List<StoreFacts.TypeFacts>> byGroup = new LinkedHashMap<>();
    for (StoreFacts.TypeFacts t : types) {
      if (!in.test(t)) continue;
      Term term = StoreVocabulary.find(StoreVocabulary.APPLE_DATA_TYPES, t.type()).get();
      byGroup.computeIfAbsent(term.group(), g -> new ArrayList<>()).add(t);
    }
    if (byGroup.isEmpty()) return;
    b.append("\n## ").append(title).append("\n");
    Map<String, String> purposes = StoreVocabulary.labels(StoreVocabulary.APPLE_PURPOSES);
    byGroup.forEach(
        (group, list) -> {
          b.append("\n### ").append(group).append("\n\n");
          for (StoreFacts.TypeFacts t : list) {
            String label =
                StoreVocabulary.find(StoreVocabulary.APPLE_DATA_TYPES, t.type()).get().label();
            b.append("- **").append(label).append("**: ");
            b.append(t.purposes().stream().map(purposes::get).collect(Collectors.joining(", ")));
            b.append(" (from: ");
            b.append(t.from().stream().map(DataCategory::name).collect(Collectors.joining(", ")));
            b.append(")\n");
          }
        });
  }
}
