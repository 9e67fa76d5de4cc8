package dev.policyascode.imports;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * An HTML table as a GFM table, the first row its header. A GFM cell holds one line of inline text,
 * so a cell's lists and paragraphs are read as one line, their words in order.
 */
final class Tables {

  private Tables() {}

  static String markdown(Element table) {
    List<List<String>> rows = new ArrayList<>();
    for (Element tr : table.select("tr")) {
      if (tr.closest("table") != table) continue;
      List<String> cells = new ArrayList<>();
      for (Element cell : tr.children()) {
        if (cell.normalName().equals("th") || cell.normalName().equals("td")) {
          cells.add(cell(cell));
        }
      }
      if (!cells.isEmpty()) rows.add(cells);
    }
    return markdown(rows);
  }

  /** Rows of cells, already inline CommonMark, as a GFM table; the first row is the header. */
  static String markdown(List<List<String>> rows) {
    if (rows.isEmpty()) return "";
    int width = rows.stream().mapToInt(List::size).max().orElse(0);
    StringBuilder sb = new StringBuilder();
    for (int r = 0; r < rows.size(); r++) {
      if (r > 0) sb.append('\n');
      row(rows.get(r), width, sb);
      if (r == 0) {
        sb.append('\n');
        row(java.util.Collections.nCopies(width, "---"), width, sb);
      }
    }
    return sb.toString();
  }

  private static void row(List<String> cells, int width, StringBuilder sb) {
    sb.append('|');
    for (int i = 0; i < width; i++) {
      sb.append(' ').append(i < cells.size() ? cells.get(i) : "").append(" |");
    }
  }

  private static String cell(Element cell) {
    return Inline.tidy(Inline.of(cell).replace("\\\n", " ")).replace("\n", " ");
  }
}
