package dev.policyascode.imports;

import org.apache.poi.xwpf.usermodel.IRunElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlink;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/**
 * The runs of a Word paragraph as inline CommonMark. Neighbouring runs with the same bold, italic
 * and link are joined first: Word splits text into runs at every edit, and emphasis written run by
 * run ("**a****b**") would not read as CommonMark.
 */
final class DocxRuns {

  private DocxRuns() {}

  static String markdown(XWPFParagraph p, XWPFDocument doc) {
    StringBuilder out = new StringBuilder();
    StringBuilder text = new StringBuilder();
    String[] open = null;
    for (IRunElement element : p.getIRuns()) {
      if (!(element instanceof XWPFRun run)) continue;
      String[] format = {
        Boolean.toString(run.isBold()), Boolean.toString(run.isItalic()), link(run, doc)
      };
      if (open != null && !java.util.Arrays.equals(open, format)) {
        flush(text, open, out);
      }
      open = format;
      text.append(run.text());
    }
    if (open != null) flush(text, open, out);
    return out.toString();
  }

  private static String link(XWPFRun run, XWPFDocument doc) {
    if (!(run instanceof XWPFHyperlinkRun h)) return "";
    if (h.getAnchor() != null && !h.getAnchor().isEmpty()) return "#" + h.getAnchor();
    XWPFHyperlink link = h.getHyperlink(doc);
    return link == null || link.getURL() == null ? "" : link.getURL();
  }

  /** One stretch of runs that share a format, as CommonMark. */
  private static void flush(StringBuilder text, String[] format, StringBuilder out) {
    String raw = text.toString();
    text.setLength(0);
    if (raw.isEmpty()) return;
    // a break in a run is a line break; a tab parts words as a space does
    String md =
        Inline.escape(raw.replace('\t', ' ').replace("\n", "\u0000")).replace("\u0000", "\\\n");
    String lead = md.startsWith(" ") ? " " : "";
    String trail = md.endsWith(" ") ? " " : "";
    // only spaces go outside the emphasis; a line break stays where it is
    String words = md.replaceAll("^ +| +$", "");
    if (words.isEmpty()) {
      out.append(md);
      return;
    }
    boolean plain = words.startsWith("\\\n") || words.endsWith("\\\n") || words.endsWith("\\");
    if (format[1].equals("true") && !plain) words = "*" + words + "*";
    if (format[0].equals("true") && !plain) words = "**" + words + "**";
    if (!format[2].isEmpty()) {
      String dest = format[2].replace("<", "%3C").replace(">", "%3E");
      if (dest.matches(".*[\\s()].*")) dest = "<" + dest + ">";
      words = "[" + words + "](" + dest + ")";
    }
    out.append(lead).append(words).append(trail);
  }
}
