package dev.policyascode.flow;

import freemarker.core.HTMLOutputFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Draws a laid-out {@link Flow} as static inline SVG: five fixed columns of boxes, lines between
 * them. Readable without colour: every box has its name written in it, lines leaving the EEA are
 * dashed and marked boxes have a double border, and the legend says so in words. Every text is
 * escaped with the escaper of the HTML templates, never concatenated raw. The picture scales to the
 * width of the page (viewBox and width 100%), so it never makes the page scroll sideways.
 */
public final class FlowSvg {

  private static final int BOX = 190;
  private static final int GAP = 60;
  private static final int MARGIN = 10;
  private static final int TOP = 40;
  private static final int LINE = 15;
  private static final int SPACE = 12;
  static final int WIDTH = 2 * MARGIN + Flow.COLUMNS * BOX + (Flow.COLUMNS - 1) * GAP;
  private static final int LABEL_CHARS = 26;
  private static final int NOTE_CHARS = 30;
  private static final int NOTE_LINES = 2;

  private FlowSvg() {}

  /**
   * @param words the labels of the picture: {@code register.flow.title}, {@code .desc}, the column
   *     headers {@code .subjects .data .activities .recipients .countries}, {@code .dashed} and
   *     {@code .marked} for the legend
   */
  public static String draw(Flow flow, Map<String, String> words) {
    Map<String, int[]> box = new HashMap<>(); // key -> x, y, height
    int height = TOP;
    for (int c = 0; c < Flow.COLUMNS; c++) {
      int y = TOP;
      for (Flow.Node n : flow.columns().get(c)) {
        int h = 8 + LINE * lines(n).size();
        box.put(n.key(), new int[] {MARGIN + c * (BOX + GAP), y, h});
        y += h + SPACE;
      }
      height = Math.max(height, y);
    }
    int legend = height + 10;
    height = legend + 2 * LINE + 10;
    StringBuilder s = new StringBuilder();
    s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"flow\" role=\"img\"")
        .append(" viewBox=\"0 0 ")
        .append(WIDTH)
        .append(' ')
        .append(height)
        .append("\" width=\"100%\" aria-labelledby=\"flow-title flow-desc\"")
        .append(" font-family=\"sans-serif\" font-size=\"12\">\n");
    s.append("<title id=\"flow-title\">").append(esc(word(words, "title"))).append("</title>\n");
    s.append("<desc id=\"flow-desc\">").append(esc(word(words, "desc"))).append("</desc>\n");
    String[] heads = {"subjects", "data", "activities", "recipients", "countries"};
    for (int c = 0; c < Flow.COLUMNS; c++) {
      text(s, MARGIN + c * (BOX + GAP), 20, "bold", word(words, heads[c]));
    }
    for (Flow.Edge e : flow.edges()) {
      int[] a = box.get(e.from());
      int[] b = box.get(e.to());
      int x1 = a[0] + BOX;
      int y1 = a[1] + a[2] / 2;
      int x2 = b[0];
      int y2 = b[1] + b[2] / 2;
      int mid = (x1 + x2) / 2;
      s.append(
          String.format(
              Locale.ROOT,
              "<path d=\"M%d %d C%d %d %d %d %d %d\" fill=\"none\" stroke=\"#333\""
                  + " stroke-width=\"1.2\"%s/>\n",
              x1,
              y1,
              mid,
              y1,
              mid,
              y2,
              x2,
              y2,
              e.dashed() ? " stroke-dasharray=\"6 4\"" : ""));
    }
    for (List<Flow.Node> column : flow.columns()) {
      for (Flow.Node n : column) node(s, n, box.get(n.key()));
    }
    s.append(
        String.format(
            Locale.ROOT,
            "<path d=\"M%d %d h40\" stroke=\"#333\" stroke-dasharray=\"6 4\"/>\n",
            MARGIN,
            legend + 6));
    text(s, MARGIN + 50, legend + 10, null, word(words, "dashed"));
    rect(s, MARGIN, legend + LINE + 2, 40, 12);
    rect(s, MARGIN + 3, legend + LINE + 5, 34, 6);
    text(s, MARGIN + 50, legend + LINE + 12, null, word(words, "marked"));
    return s.append("</svg>").toString();
  }

  private static void node(StringBuilder s, Flow.Node n, int[] at) {
    rect(s, at[0], at[1], BOX, at[2]);
    if (n.marked()) rect(s, at[0] + 3, at[1] + 3, BOX - 6, at[2] - 6);
    int y = at[1] + 4 + 12;
    for (String[] line : lines(n)) {
      text(s, at[0] + 7, y, line[0], line[1]);
      if (line[0] == null) s.insert(s.lastIndexOf("<text") + 5, " font-size=\"11\"");
      y += LINE;
    }
  }

  /** The lines of a box: its name in bold, then its notes, each cut to a few lines. */
  static List<String[]> lines(Flow.Node n) {
    List<String[]> out = new ArrayList<>();
    for (String l : wrap(n.label(), LABEL_CHARS, Integer.MAX_VALUE))
      out.add(new String[] {"bold", l});
    for (String note : n.notes()) {
      for (String l : wrap(note, NOTE_CHARS, NOTE_LINES)) out.add(new String[] {null, l});
    }
    return out;
  }

  /** Breaks {@code text} into lines of at most {@code width} characters, at most {@code max}. */
  static List<String> wrap(String text, int width, int max) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String w : text.strip().split("\\s+")) {
      while (w.length() > width) { // a word too long for a line is cut
        if (!line.isEmpty()) {
          lines.add(line.toString());
          line.setLength(0);
        }
        lines.add(w.substring(0, width));
        w = w.substring(width);
      }
      if (!line.isEmpty() && line.length() + 1 + w.length() > width) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (!line.isEmpty()) line.append(' ');
      line.append(w);
    }
    if (!line.isEmpty() || lines.isEmpty()) lines.add(line.toString());
    if (lines.size() > max) {
      lines = new ArrayList<>(lines.subList(0, max));
      String last = lines.get(max - 1);
      lines.set(max - 1, last.substring(0, Math.min(last.length(), width - 1)) + "…");
    }
    return lines;
  }

  private static void rect(StringBuilder s, int x, int y, int w, int h) {
    s.append(
        String.format(
            Locale.ROOT,
            "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"#fff\" stroke=\"#333\"/>\n",
            x,
            y,
            w,
            h));
  }

  private static void text(StringBuilder s, int x, int y, String weight, String text) {
    s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\"", x, y));
    if (weight != null) s.append(" font-weight=\"").append(weight).append('"');
    s.append('>').append(esc(text)).append("</text>\n");
  }

  private static String word(Map<String, String> words, String key) {
    String w = words.get("register.flow." + key);
    if (w == null) throw new IllegalStateException("no label register.flow." + key);
    return w;
  }

  /** The HTML templates' own escaper (FreeMarker's), so the SVG escapes as the page does. */
  private static String esc(String text) {
    return HTMLOutputFormat.INSTANCE.escapePlainText(text);
  }
}
