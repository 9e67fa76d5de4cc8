package dev.policyascode.gdpr;

import dev.policyascode.model.Policy;
import dev.policyascode.model.PolicyVersion;
import dev.policyascode.text.Numbering;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The compliance matrix of one version: every Art. 13 item (and Art. 14's, where some data is not
 * collected from the person), with the data that covers it and the sections that show it. The
 * {@code notice-missing-item} rule reports its missing items; the compliance page shows it whole.
 */
public final class NoticeMatrix {

  private NoticeMatrix() {}

  /** How far an item is met. */
  public enum Status {
    COVERED,
    /** Met for some entries only; another rule reports each entry that lacks it. */
    PARTIAL,
    MISSING,
    /** The item's condition is not met, so nothing is owed. */
    NOT_APPLICABLE,
    /** Not stated, and the data cannot tell whether it is owed (13(2)(f)). */
    NOT_STATED;

    public String word() {
      return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
  }

  /** A section that shows an item: its id, computed number and title. */
  public record SectionRef(String id, String number, String title) {}

  /**
   * One row. {@code evidence} lists what in the data covers the item, in plain words; {@code gap}
   * says what lacks; {@code reportedBy} names the rule that reports the gap entry by entry, when it
   * is not {@code notice-missing-item}.
   */
  public record Row(
      NoticeChecklist.Item item,
      Status status,
      List<String> evidence,
      List<SectionRef> sections,
      String gap,
      Optional<String> reportedBy) {
    public Row {
      Objects.requireNonNull(item, "item must not be null");
      Objects.requireNonNull(status, "status must not be null");
      evidence = List.copyOf(evidence);
      sections = List.copyOf(sections);
      Objects.requireNonNull(gap, "gap must not be null");
    }
  }

  /** The ids of the items this class knows how to check, in checklist order. */
  static final List<String> CHECKED =
      List.of(
          "13(1)(a)",
          "13(1)(b)",
          "13(1)(c)",
          "13(1)(d)",
          "13(1)(e)",
          "13(1)(f)",
          "13(2)(a)",
          "13(2)(b)",
          "13(2)(c)",
          "13(2)(d)",
          "13(2)(e)",
          "13(2)(f)",
          "85 LIL",
          "14(1)(d)",
          "14(2)(f)");

  /** The rows of {@code version}: every Art. 13 item, and Art. 14's when they apply. */
  public static List<Row> of(Policy policy, PolicyVersion version, Numbering numbering) {
    SectionsShowing showing = new SectionsShowing(numbering);
    PartyAndRightItems people = new PartyAndRightItems(policy, version, showing);
    ProcessingItems processing = new ProcessingItems(policy, version, showing);
    boolean art14 = !processing.notFromPerson().isEmpty();
    List<Row> rows = new ArrayList<>();
    for (NoticeChecklist.Item item : NoticeChecklist.items()) {
      if (item.article14() && !art14) continue;
      rows.add(row(item, people, processing));
    }
    return rows;
  }

  /** Which check makes the row of which item. */
  private static Row row(
      NoticeChecklist.Item item, PartyAndRightItems people, ProcessingItems processing) {
    return switch (item.id()) {
      case "13(1)(a)" -> people.controller(item);
      case "13(1)(b)" -> people.dpo(item);
      case "13(1)(c)" -> processing.purposes(item);
      case "13(1)(d)" -> processing.interests(item);
      case "13(1)(e)" -> processing.recipients(item);
      case "13(1)(f)" -> processing.transfers(item);
      case "13(2)(a)" -> processing.retention(item);
      case "13(2)(b)" -> people.rights(item);
      case "13(2)(c)" -> people.withdrawal(item);
      case "13(2)(d)" -> people.complaint(item);
      case "13(2)(e)" -> processing.required(item);
      case "13(2)(f)" -> people.automated(item);
      case "85 LIL" -> people.postMortem(item);
      case "14(1)(d)" -> processing.categories(item);
      case "14(2)(f)" -> processing.sources(item);
      default -> throw new IllegalStateException("no check for checklist item " + item.id());
    };
  }
}
