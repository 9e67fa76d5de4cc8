package dev.policyascode.register;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A record of processing activities (Art. 30) as finished text: one row per activity, one cell per
 * column, each cell a list of lines. The three formats show the same rows and columns, so the HTML,
 * the Markdown and the CSV cannot disagree.
 *
 * @param kind which record: Art. 30(1) as controller, or Art. 30(2) as processor
 * @param title the title in the policy's first language, such as "Record of processing activities"
 * @param headers the column headers, first the activity's own, then one per Art. 30 item in the
 *     article's order, then what the record keeps beyond the article (legal basis, owner, review)
 * @param rows one per processing activity, in the order the version lists them
 */
public record Register(
    Kind kind,
    String title,
    String controller,
    String versionId,
    LocalDate effective,
    List<String> headers,
    List<Row> rows) {

  public Register {
    Objects.requireNonNull(kind, "kind must not be null");
    headers = List.copyOf(headers);
    rows = List.copyOf(rows);
    for (Row row : rows) {
      if (row.cells().size() != headers.size() - 1) {
        throw new IllegalArgumentException(
            "row " + row.id() + " has " + row.cells().size() + " cells for " + headers.size());
      }
    }
  }

  /** Which record: the controller's (Art. 30(1)) or the processor's (Art. 30(2)). */
  public enum Kind {
    CONTROLLER("register"),
    PROCESSOR("processor-register");

    private final String fileName;

    Kind(String fileName) {
      this.fileName = fileName;
    }

    /** The file name without its extension: register, processor-register. */
    public String fileName() {
      return fileName;
    }
  }

  /**
   * One processing activity.
   *
   * @param cells one per header after the first, each a list of lines
   * @param details what only the activity's own view shows, such as the notice's sentences
   */
  public record Row(String id, String name, List<List<String>> cells, List<Detail> details) {
    public Row {
      Objects.requireNonNull(id, "id must not be null");
      Objects.requireNonNull(name, "name must not be null");
      cells = cells.stream().map(List::copyOf).toList();
      details = List.copyOf(details);
    }
  }

  /** A labelled list of lines in an activity's view. */
  public record Detail(String label, List<String> lines) {
    public Detail {
      Objects.requireNonNull(label, "label must not be null");
      lines = List.copyOf(lines);
    }
  }
}
