package dev.policyascode.flow;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Orders the nodes of each column to reduce the crossings of the lines between columns: the
 * barycentre heuristic (each node goes to the mean position of its neighbours in the column before,
 * then, sweeping back, in the column after), a few passes, keeping the best order seen. The input
 * order is the first candidate, so the result never has more crossings than it. Ties keep the
 * current order, so the same version always gives the same picture.
 */
public final class FlowLayout {

  static final int PASSES = 4;

  private FlowLayout() {}

  /** {@code flow} with each column reordered; the edges and rows are the same. */
  public static Flow arrange(Flow flow) {
    List<List<Flow.Node>> current = copy(flow.columns());
    List<List<Flow.Node>> best = copy(current);
    long fewest = crossings(flow.withColumns(best));
    for (int pass = 0; pass < PASSES; pass++) {
      for (int c = 1; c < Flow.COLUMNS; c++) sort(current, c, c - 1, flow.edges());
      for (int c = Flow.COLUMNS - 2; c >= 0; c--) sort(current, c, c + 1, flow.edges());
      long n = crossings(flow.withColumns(current));
      if (n < fewest) {
        fewest = n;
        best = copy(current);
      }
    }
    return flow.withColumns(best);
  }

  /** How many pairs of lines cross between neighbouring columns. */
  public static long crossings(Flow flow) {
    Map<String, Integer> at = positions(flow.columns());
    long n = 0;
    List<Flow.Edge> edges = flow.edges();
    for (int i = 0; i < edges.size(); i++) {
      for (int j = i + 1; j < edges.size(); j++) {
        Flow.Edge e = edges.get(i);
        Flow.Edge f = edges.get(j);
        if (e.column() != f.column()) continue;
        long a = Integer.compare(at.get(e.from()), at.get(f.from()));
        long b = Integer.compare(at.get(e.to()), at.get(f.to()));
        if (a * b < 0) n++;
      }
    }
    return n;
  }

  /** Sorts column {@code c} by the mean position of each node's neighbours in column {@code by}. */
  private static void sort(List<List<Flow.Node>> columns, int c, int by, List<Flow.Edge> edges) {
    Map<String, Integer> at = positions(columns);
    Map<String, double[]> sums = new HashMap<>();
    for (Flow.Edge e : edges) {
      String mine;
      String other;
      if (by == c - 1 && e.column() == by) {
        mine = e.to();
        other = e.from();
      } else if (by == c + 1 && e.column() == c) {
        mine = e.from();
        other = e.to();
      } else {
        continue;
      }
      double[] s = sums.computeIfAbsent(mine, k -> new double[2]);
      s[0] += at.get(other);
      s[1]++;
    }
    List<Flow.Node> column = columns.get(c);
    Map<String, Double> key = new HashMap<>();
    for (int i = 0; i < column.size(); i++) {
      double[] s = sums.get(column.get(i).key());
      // A node with no neighbour there keeps its place.
      key.put(column.get(i).key(), s == null ? i : s[0] / s[1]);
    }
    List<Flow.Node> sorted = new ArrayList<>(column);
    sorted.sort(Comparator.comparingDouble(node -> key.get(node.key()))); // stable: ties keep order
    columns.set(c, sorted);
  }

  private static Map<String, Integer> positions(List<List<Flow.Node>> columns) {
    Map<String, Integer> at = new HashMap<>();
    for (List<Flow.Node> column : columns) {
      for (int i = 0; i < column.size(); i++) at.put(column.get(i).key(), i);
    }
    return at;
  }

  private static List<List<Flow.Node>> copy(List<List<Flow.Node>> columns) {
    List<List<Flow.Node>> out = new ArrayList<>();
    for (List<Flow.Node> c : columns) out.add(new ArrayList<>(c));
    return out;
  }
}
