package dev.policyascode.diff;

import dev.policyascode.model.Activity;
import dev.policyascode.model.DataCategory;
import dev.policyascode.model.DataSubject;
import dev.policyascode.model.PolicyVersion;
import dev.policyascode.model.Recipient;
import dev.policyascode.model.RecipientCategory;
import dev.policyascode.model.RetentionRule;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What a reader calls the entries one version's lists point at: the summary of changes says "data
 * category added “Telephone number”", never the id {@code telephone}, which only the YAML knows. An
 * id that names nothing (a finding of its own) is shown as it is.
 */
record RefNames(
    Map<String, String> categories,
    Map<String, String> subjects,
    Map<String, String> recipients,
    Map<String, String> recipientCategories,
    Map<String, String> retention) {

  static RefNames of(PolicyVersion v) {
    Map<String, String> recipients =
        names(v.registers().recipients(), Recipient::id, Recipient::name);
    Map<String, String> categories =
        names(v.registers().recipientCategories(), RecipientCategory::id, RecipientCategory::name);
    // an activity's recipients may name a category of recipients as well as one recipient
    categories.forEach(recipients::putIfAbsent);
    Map<String, String> dataCategories =
        names(v.registers().dataCategories(), DataCategory::id, DataCategory::name);
    Map<String, String> retention = new LinkedHashMap<>();
    v.registers()
        .retention()
        .forEach(r -> retention.putIfAbsent(r.id(), retained(r, v, dataCategories)));
    return new RefNames(
        dataCategories,
        names(v.registers().dataSubjects(), DataSubject::id, DataSubject::name),
        recipients,
        categories,
        retention);
  }

  /**
   * What a retention rule keeps, in the policy's words: the names of its data categories ("prospect
   * data", from {@code cats}, the version's category names by id), else of the activities that
   * follow it ("prospecting and marketing"), else its id.
   */
  private static String retained(RetentionRule r, PolicyVersion v, Map<String, String> cats) {
    List<String> names =
        r.dataCategories().stream().map(ref -> cats.getOrDefault(ref.id(), ref.id())).toList();
    if (names.isEmpty()) {
      names =
          v.registers().activities().stream()
              .filter(a -> a.retention().stream().anyMatch(ref -> ref.id().equals(r.id())))
              .map(Activity::name)
              .toList();
    }
    return names.isEmpty() ? r.id() : String.join(", ", names);
  }

  private static <T> Map<String, String> names(
      List<T> items, Function<T, String> id, Function<T, String> name) {
    Map<String, String> m = new LinkedHashMap<>();
    items.forEach(t -> m.putIfAbsent(id.apply(t), name.apply(t)));
    return m;
  }
}
