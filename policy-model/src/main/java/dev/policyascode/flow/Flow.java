package dev.policyascode.flow;

import java.util.List;
import java.util.Objects;

/**
 * The data-flow of one version as a graph in fixed columns: data subjects, data categories,
 * activities (with their purposes and legal basis), recipients, countries. Edges only join one
 * column to the next, so the picture reads left to right.
 *
 * @param columns the nodes of each column, top to bottom
 * @param edges each joins a node of column {@code column} to one of column {@code column + 1}
 * @param rows the same flow as text, one row per activity, for the text alternative
 */
public record Flow(List<List<Node>> columns, List<Edge> edges, List<Row> rows) {

  /** The number of columns: subjects, data, activities, recipients, countries. */
  public static final int COLUMNS = 5;

  public Flow {
    columns = columns.stream().map(List::copyOf).toList();
    edges = List.copyOf(edges);
    rows = List.copyOf(rows);
    if (columns.size() != COLUMNS) throw new IllegalArgumentException("five columns expected");
  }

  /**
   * A box in the picture.
   *
   * @param key unique in the graph, such as {@code d:contact}
   * @param label the name shown
   * @param notes smaller lines under the name, such as the purposes and legal basis
   * @param marked shown with a double border: an Art. 9 category, a country outside the EEA
   */
  public record Node(String key, String label, List<String> notes, boolean marked) {
    public Node {
      Objects.requireNonNull(key, "key must not be null");
      Objects.requireNonNull(label, "label must not be null");
      notes = List.copyOf(notes);
    }
  }

  /**
   * A line from a node of {@code column} to one of the next column.
   *
   * @param dashed drawn dashed: the data leaves the EEA
   */
  public record Edge(int column, String from, String to, boolean dashed) {}

  /** One activity's flow as text: each list holds names, in the order the version gives them. */
  public record Row(
      String activity,
      List<String> subjects,
      List<String> data,
      List<String> purposes,
      String legalBasis,
      List<String> recipients,
      List<String> countries) {}

  /** The same flow with each column's nodes in a new order; the edges and rows are kept. */
  Flow withColumns(List<List<Node>> reordered) {
    return new Flow(reordered, edges, rows);
  }
}
