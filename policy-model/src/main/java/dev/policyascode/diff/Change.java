package dev.policyascode.diff;

import java.util.Objects;

/**
 * One line of the structured summary of what changed, in the words a lawyer uses: "Retention of
 * prospect data: 3 years → 2 years".
 */
public record Change(Area area, String text) {

  public Change {
    Objects.requireNonNull(area, "area must not be null");
    Objects.requireNonNull(text, "text must not be null");
  }

  /** What a change is about, in the order the summary shows them. */
  public enum Area {
    SECTIONS("Sections"),
    DEFINITIONS("Definitions"),
    DATA_CATEGORIES("Data categories"),
    ACTIVITIES("Processing activities"),
    LEGAL_BASES("Legal bases"),
    RETENTION("Retention periods"),
    RECIPIENTS("Recipients and subprocessors"),
    TRANSFERS("Transfers outside the EEA"),
    RIGHTS("Rights");

    private final String title;

    Area(String title) {
      this.title = title;
    }

    public String title() {
      return title;
    }
  }
}
