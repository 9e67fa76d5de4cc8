package dev.policyascode.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * A Word document (.docx) as CommonMark: heading styles ("Heading 1"…, "Title") become headings,
 * numbered and bulleted paragraphs lists, bold and italic runs emphasis, hyperlinks links, tables
 * GFM tables, the "Block Text" style a quote. The runs are read by {@link DocxRuns}.
 */
final class DocxImport {

  private static final Pattern HEADING = Pattern.compile("(?i)heading\\s*([1-6])");

  private final XWPFDocument doc;
  private final List<String> blocks = new ArrayList<>();
  private final Map<String, Integer> counters = new HashMap<>();
  private StringBuilder list;

  static {
    // POI logs through Log4j; with no Log4j provider on the class path (Maven has none), Log4j
    // prints an error line into the build's log. Its own simple logger, errors only, is quiet.
    if (System.getProperty("log4j2.loggerContextFactory") == null) {
      System.setProperty(
          "log4j2.loggerContextFactory",
          "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
    }
  }

  private DocxImport(XWPFDocument doc) {
    this.doc = doc;
  }

  static String markdown(Path file) throws ImportException {
    byte[] bytes = Sources.bytes(file);
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
      DocxImport reader = new DocxImport(doc);
      for (IBodyElement e : doc.getBodyElements()) reader.element(e);
      reader.endList();
      return String.join("\n\n", reader.blocks);
    } catch (IOException | RuntimeException e) {
      // POI reports a damaged or foreign file by any exception; the person needs to know which file
      throw new ImportException(
          file
              + ": could not be read as a Word document (.docx): "
              + e.getMessage()
              + "; save it again from Word as .docx",
          e);
    }
  }

  private void element(IBodyElement e) {
    if (e instanceof XWPFParagraph p) {
      paragraph(p);
    } else if (e instanceof XWPFTable t) {
      endList();
      table(t);
    }
  }

  private void paragraph(XWPFParagraph p) {
    String style = style(p);
    String text = Inline.tidy(DocxRuns.markdown(p, doc));
    if (p.getNumID() != null && !text.isEmpty()) {
      listItem(p, text);
      return;
    }
    endList();
    if (text.isEmpty()) return;
    Matcher h = HEADING.matcher(style);
    if (h.find()) {
      blocks.add("#".repeat(Integer.parseInt(h.group(1))) + " " + text.replace("\\\n", " "));
    } else if (style.equalsIgnoreCase("title")) {
      blocks.add("# " + text.replace("\\\n", " "));
    } else if (style.toLowerCase(Locale.ROOT).matches("block ?text|quote|intense ?quote")) {
      blocks.add(HtmlToMarkdown.prefix(text, "> ", "> "));
    } else {
      blocks.add(text);
    }
  }

  /** The style's name ("heading 1"), or its id where it has none. */
  private String style(XWPFParagraph p) {
    String id = p.getStyleID();
    if (id == null) return "";
    XWPFStyle style = doc.getStyles() == null ? null : doc.getStyles().getStyle(id);
    return style != null && style.getName() != null ? style.getName() : id;
  }

  /** Consecutive numbered or bulleted paragraphs make one list, nested by their level. */
  private void listItem(XWPFParagraph p, String text) {
    int level = p.getNumIlvl() == null ? 0 : p.getNumIlvl().intValue();
    String fmt = p.getNumFmt();
    boolean ordered = fmt != null && !fmt.equals("bullet") && !fmt.equals("none");
    String key = p.getNumID() + "/" + level;
    if (list == null) {
      list = new StringBuilder();
      counters.clear();
    } else {
      list.append('\n');
    }
    // a deeper level restarts when a shallower item comes between
    counters.keySet().removeIf(k -> k.startsWith(p.getNumID() + "/") && level(k) > level);
    int n = counters.merge(key, 1, Integer::sum);
    String marker = ordered ? n + ". " : "- ";
    String indent = "   ".repeat(level);
    list.append(HtmlToMarkdown.prefix(text, indent + marker, indent + " ".repeat(marker.length())));
  }

  private static int level(String key) {
    return Integer.parseInt(key.substring(key.indexOf('/') + 1));
  }

  private void endList() {
    if (list != null) blocks.add(list.toString());
    list = null;
  }

  private void table(XWPFTable table) {
    List<List<String>> rows = new ArrayList<>();
    for (XWPFTableRow row : table.getRows()) {
      List<String> cells = new ArrayList<>();
      for (XWPFTableCell cell : row.getTableCells()) {
        List<String> parts = new ArrayList<>();
        for (XWPFParagraph p : cell.getParagraphs()) {
          String text = Inline.tidy(DocxRuns.markdown(p, doc)).replace("\\\n", " ");
          if (!text.isEmpty()) parts.add(text.replace("\n", " "));
        }
        cells.add(String.join(" ", parts));
      }
      rows.add(cells);
    }
    blocks.add(Tables.markdown(rows));
  }
}
