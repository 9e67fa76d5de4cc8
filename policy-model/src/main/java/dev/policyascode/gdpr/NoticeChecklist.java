package dev.policyascode.gdpr;

import dev.policyascode.json.JsonObject;
import java.util.ArrayList;
import java.util.List;

/** The Art. 13 and 14 items a notice must cover, from {@code notice-checklist.json}. */
final class NoticeChecklist {

  /**
   * One item: its paragraph such as 13(1)(a), a plain-words name, when it applies, what covers it.
   */
  public record Item(String id, String name, String applies, String coveredBy) {
    /** Whether the item comes from Art. 14 (data not collected from the person). */
    public boolean article14() {
      return id.startsWith("14(");
    }
  }

  private static final List<Item> ITEMS = load();

  private NoticeChecklist() {}

  private static List<Item> load() {
    String f = "notice-checklist.json";
    List<Item> all = new ArrayList<>();
    for (JsonObject i : ReferenceData.entries(ReferenceData.read(f), "items", f)) {
      all.add(
          new Item(
              ReferenceData.text(i, "id", f),
              ReferenceData.text(i, "name", f),
              ReferenceData.text(i, "applies", f),
              ReferenceData.text(i, "covered_by", f)));
    }
    return List.copyOf(all);
  }

  public static List<Item> items() {
    return ITEMS;
  }
}
