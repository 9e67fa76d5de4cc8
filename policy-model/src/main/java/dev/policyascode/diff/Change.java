package dev.policyascode.diff;

import java.util.Locale;
import java.util.Objects;

/**
 * One line of the structured summary of what changed, in the words a lawyer uses and the policy's
 * language: "Retention of prospect data: 3 years → 2 years".
 */
public record Change(Area area, String text) {

  public Change {
    Objects.requireNonNull(area, "area must not be null");
    Objects.requireNonNull(text, "text must not be null");
  }

  /**
   * What a change is about, in the order the summary shows them; its title is the label {@link
   * #label()}, in the policy's language.
   */
  public enum Area {
    SECTIONS,
    DEFINITIONS,
    DATA_CATEGORIES,
    ACTIVITIES,
    LEGAL_BASES,
    RETENTION,
    RECIPIENTS,
    TRANSFERS,
    RIGHTS;

    /** The key of the area's title among the labels: {@code change.area.data-categories}. */
    public String label() {
      return "change.area." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }
}
