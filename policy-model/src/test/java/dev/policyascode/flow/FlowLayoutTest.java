package dev.policyascode.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FlowLayoutTest {

  static Flow.Node n(String key) {
    return new Flow.Node(key, key, List.of(), false);
  }

  /** Two subjects whose data are listed crosswise: the input order has crossings to remove. */
  static Flow crossed() {
    List<List<Flow.Node>> columns =
        List.of(
            List.of(n("s1"), n("s2")),
            List.of(n("d1"), n("d2"), n("d3")),
            List.of(n("a1"), n("a2")),
            List.of(n("r1"), n("r2")),
            List.of(n("c1"), n("c2")));
    List<Flow.Edge> edges =
        List.of(
            new Flow.Edge(0, "s1", "d3", false),
            new Flow.Edge(0, "s2", "d1", false),
            new Flow.Edge(0, "s2", "d2", false),
            new Flow.Edge(1, "d1", "a2", false),
            new Flow.Edge(1, "d2", "a2", false),
            new Flow.Edge(1, "d3", "a1", false),
            new Flow.Edge(2, "a1", "r2", false),
            new Flow.Edge(2, "a2", "r1", false),
            new Flow.Edge(3, "r1", "c2", true),
            new Flow.Edge(3, "r2", "c1", false));
    return new Flow(columns, edges, List.of());
  }

  @Test
  void theBarycentreOrderRemovesTheCrossingsOfACrosswiseInput() {
    Flow in = crossed();
    assertTrue(FlowLayout.crossings(in) > 0, "the input must have crossings for this test");
    assertEquals(0, FlowLayout.crossings(FlowLayout.arrange(in)));
  }

  @Test
  void theOrderIsTheSameEveryTime() {
    Flow in = crossed();
    assertEquals(FlowLayout.arrange(in).columns(), FlowLayout.arrange(in).columns());
    Flow random = random(new Random(7));
    assertEquals(FlowLayout.arrange(random).columns(), FlowLayout.arrange(random).columns());
  }

  @Test
  void neverMoreCrossingsThanTheInputAndEveryNodeAndEdgeKept() {
    Random seed = new Random(42);
    for (int i = 0; i < 200; i++) {
      Flow in = random(seed);
      Flow out = FlowLayout.arrange(in);
      assertTrue(FlowLayout.crossings(out) <= FlowLayout.crossings(in), "more crossings, run " + i);
      assertEquals(in.edges(), out.edges());
      for (int c = 0; c < Flow.COLUMNS; c++) {
        assertEquals(
            new HashSet<>(in.columns().get(c)), new HashSet<>(out.columns().get(c)), "column " + c);
      }
    }
  }

  @Test
  void everyEdgeIsDrawnOnce() {
    Flow out = FlowLayout.arrange(random(new Random(3)));
    String svg = FlowSvg.draw(out, FlowSvgTest.WORDS);
    // one path per edge, and two for the legend's line
    int paths = svg.split("<path ", -1).length - 1;
    assertEquals(out.edges().size() + 1, paths);
    assertEquals(
        out.edges().stream().filter(Flow.Edge::dashed).count() + 1,
        svg.lines().filter(l -> l.startsWith("<path") && l.contains("dasharray")).count());
  }

  static Flow random(Random r) {
    List<List<Flow.Node>> columns = new ArrayList<>();
    for (int c = 0; c < Flow.COLUMNS; c++) {
      List<Flow.Node> column = new ArrayList<>();
      int size = 1 + r.nextInt(6);
      for (int i = 0; i < size; i++) column.add(n(c + ":" + i));
      columns.add(column);
    }
    Set<Flow.Edge> edges = new java.util.LinkedHashSet<>();
    for (int c = 0; c < Flow.COLUMNS - 1; c++) {
      for (int k = 0; k < 1 + r.nextInt(10); k++) {
        String from = columns.get(c).get(r.nextInt(columns.get(c).size())).key();
        String to = columns.get(c + 1).get(r.nextInt(columns.get(c + 1).size())).key();
        edges.add(new Flow.Edge(c, from, to, r.nextBoolean()));
      }
    }
    return new Flow(columns, List.copyOf(edges), List.of());
  }
}
