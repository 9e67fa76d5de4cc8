package dev.policyascode.imports;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Reads a CommonMark (GFM) notice into an {@link Outline}. Each block's text is cut from the source
 * as written, never rendered again, so nothing is reflowed or re-punctuated. What is markup of a
 * site generator rather than text is left out: front matter, kramdown attribute lists ("{:
 * #telemetry }", whose id becomes the section's id) and raw HTML, whose text is converted to
 * CommonMark (the renderer would show raw HTML as text).
 */
final class MarkdownImport {

  private static final Parser PARSER =
      Parser.builder()
          .extensions(List.of(TablesExtension.create()))
          .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
          .build();

  /** A kramdown attribute list: "{: #id }", "{#id}", "{: .class }", "{: datetime="…" }". */
  static final Pattern IAL = Pattern.compile("\\{(?::([^{}\\n]*)|([#.][\\w-][^{}\\n]*))\\}");

  private static final Pattern ANCHOR = Pattern.compile("#([A-Za-z][\\w-]*)");

  private final List<String> lines;
  private final List<String> references = new ArrayList<>();
  private final Ids ids = new Ids("section");
  private final RunIn numbered = new RunIn();
  private final Deque<Outline.Node> open = new ArrayDeque<>();
  private final Deque<Integer> levels = new ArrayDeque<>();
  private final List<Outline.Node> top = new ArrayList<>();
  private final StringBuilder preamble = new StringBuilder();
  private String title;
  private String frontTitle;

  private MarkdownImport(String text) {
    this.lines = List.of(text.split("\n", -1));
  }

  /**
   * The outline of a Markdown text; {@code fallbackTitle} when it has neither heading nor title.
   */
  static Outline read(String markdown, String fallbackTitle) {
    String text = markdown.replace("\r\n", "\n").replace('\r', '\n');
    if (text.startsWith("\uFEFF")) text = text.substring(1);
    String frontTitle = null;
    int front = FrontMatter.end(text);
    if (front > 0) {
      frontTitle = FrontMatter.title(text);
      // blank lines in place of the front matter, so that line numbers stay the source's
      long lines = text.substring(0, front).chars().filter(c -> c == '\n').count();
      text = "\n".repeat((int) lines) + text.substring(front);
    }
    MarkdownImport reader = new MarkdownImport(text);
    reader.frontTitle = frontTitle;
    reader.walk(PARSER.parse(text));
    String title =
        reader.title != null ? reader.title : frontTitle != null ? frontTitle : fallbackTitle;
    return reader.outline(title);
  }

  private void walk(Node document) {
    for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
      if (block instanceof LinkReferenceDefinition) {
        references.add(source(block));
      } else if (block instanceof Heading heading) {
        String[] text = titleAndAnchor(heading);
        numbered.heading(text[0]);
        open(heading.getLevel(), text[0], text[1]);
      } else if (runIn(block)) {
        continue;
      } else if (title == null && preamble.isEmpty() && open.isEmpty() && isTitleLine(block)) {
        title = source(block).strip();
      } else if (block instanceof HtmlBlock html) {
        append(HtmlToMarkdown.fragment(html.getLiteral()));
      } else if (block instanceof Paragraph p && attributeList(p) != null) {
        Matcher id = ANCHOR.matcher(attributeList(p));
        if (!open.isEmpty() && id.find() && current().body().isEmpty()) rename(id.group(1));
      } else {
        append(source(block));
      }
    }
  }

  /**
   * A numbered paragraph or one-item list that opens a section. Its level is below every heading
   * level, so that numbered paragraphs under a heading become its subsections.
   */
  private boolean runIn(Node block) {
    RunIn.Opening opening = null;
    if (block instanceof Paragraph) {
      opening = numbered.paragraph(source(block));
    } else if (block instanceof OrderedList list
        && list.getFirstChild() == list.getLastChild()
        && list.getFirstChild().getFirstChild() instanceof Paragraph p
        && p.getNext() == null) {
      SourceSpan at = p.getSourceSpans().get(0);
      String text = source(p).substring(at.getColumnIndex());
      opening = numbered.listItem(list.getMarkerStartNumber(), text);
    }
    if (opening == null) return false;
    open(10 + opening.depth(), opening.title(), null);
    append(opening.rest());
    return true;
  }

  /**
   * A text scraped from a page often starts with its title on a line of its own: a short paragraph
   * with no final punctuation and no markup.
   */
  private boolean isTitleLine(Node block) {
    if (frontTitle != null) return false;
    if (!(block instanceof Paragraph) || block.getSourceSpans().size() != 1) return false;
    String text = source(block).strip();
    return text.length() < 100 && text.matches("[\\p{L}\\p{N}][^*_`\\[<>#]*[\\p{L}\\p{N})]");
  }

  private void open(int level, String text, String anchor) {
    if (title == null && open.isEmpty() && preamble.toString().isBlank()) {
      title = text;
      return;
    }
    while (!levels.isEmpty() && levels.peek() >= level) {
      levels.pop();
      open.pop();
    }
    Outline.Node node = new Outline.Node(ids.next(text, anchor), text);
    (open.isEmpty() ? top : open.peek().sections()).add(node);
    open.push(node);
    levels.push(level);
  }

  private Outline.Node current() {
    return open.peek();
  }

  /** The section just opened takes the id its source gave it in an attribute list. */
  private void rename(String anchor) {
    Outline.Node node = open.pop();
    Outline.Node renamed = new Outline.Node(ids.next(node.title(), anchor), node.title());
    List<Outline.Node> siblings = open.isEmpty() ? top : open.peek().sections();
    siblings.set(siblings.size() - 1, renamed);
    open.push(renamed);
  }

  private void append(String markdown) {
    if (markdown.isBlank()) return;
    StringBuilder body = open.isEmpty() ? preamble : current().body();
    if (body.length() > 0) body.append("\n\n");
    body.append(markdown);
  }

  /** The title's words as a reader sees them, and the anchor its attribute list gives, if any. */
  private static String[] titleAndAnchor(Heading heading) {
    StringBuilder sb = new StringBuilder();
    heading.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Text text) {
            sb.append(text.getLiteral());
          }

          @Override
          public void visit(Code code) {
            sb.append(code.getLiteral());
          }

          @Override
          public void visit(SoftLineBreak br) {
            sb.append(' ');
          }
        });
    String text = sb.toString();
    String anchor = null;
    Matcher ial = IAL.matcher(text);
    if (ial.find()) {
      Matcher id = ANCHOR.matcher(ial.group());
      if (id.find()) anchor = id.group(1);
      text = text.substring(0, ial.start()) + text.substring(ial.end());
    }
    // a closing sequence that the attribute list kept CommonMark from seeing: "## Title ## {#id}"
    text = text.strip().replaceAll("\\s+#+$", "").strip().replaceAll("\\s+", " ");
    return new String[] {text, anchor};
  }

  /** The text of a paragraph that is only a kramdown attribute list, or null. */
  private String attributeList(Paragraph p) {
    String text = lines.get(p.getSourceSpans().get(0).getLineIndex()).strip();
    if (p.getSourceSpans().size() > 1) return null;
    Matcher m = IAL.matcher(text);
    return m.matches() ? (m.group(1) != null ? m.group(1) : m.group(2)) : null;
  }

  /** A block's lines as written, less its raw inline HTML (tags are not text). */
  private String source(Node block) {
    List<SourceSpan> spans = block.getSourceSpans();
    int first = spans.get(0).getLineIndex();
    int last = spans.get(spans.size() - 1).getLineIndex();
    List<StringBuilder> out = new ArrayList<>();
    for (int i = first; i <= last; i++) out.add(new StringBuilder(lines.get(i)));
    List<HtmlInline> tags = new ArrayList<>();
    block.accept(
        new AbstractVisitor() {
          @Override
          public void visit(HtmlInline html) {
            tags.add(html);
          }
        });
    // from the last to the first, so that earlier columns stay valid
    for (int t = tags.size() - 1; t >= 0; t--) {
      List<SourceSpan> s = tags.get(t).getSourceSpans();
      for (int k = s.size() - 1; k >= 0; k--) {
        SourceSpan span = s.get(k);
        StringBuilder line = out.get(span.getLineIndex() - first);
        int at = span.getColumnIndex();
        // a line break between words still parts them
        boolean br = line.substring(at).matches("(?i)<br[\\s/>].*");
        line.replace(at, at + span.getLength(), br ? " " : "");
      }
    }
    List<String> text = new ArrayList<>();
    for (StringBuilder line : out) {
      String kept = IAL.matcher(line).replaceAll("");
      // a line that held only an attribute list goes, with the line break that led to it
      if (kept.isBlank() && !line.toString().isBlank()) {
        int previous = text.size() - 1;
        if (previous >= 0)
          text.set(previous, text.get(previous).replaceFirst("(?<!\\\\)\\\\$|\\s+$", ""));
        continue;
      }
      text.add(kept);
    }
    return String.join("\n", text).stripTrailing();
  }

  private Outline outline(String title) {
    return new Outline(title, withReferences(preamble.toString()), finish(top));
  }

  private List<Outline.Node> finish(List<Outline.Node> nodes) {
    List<Outline.Node> done = new ArrayList<>();
    for (Outline.Node n : nodes) {
      String body = withReferences(n.body().toString());
      done.add(new Outline.Node(n.id(), n.title(), new StringBuilder(body), finish(n.sections())));
    }
    return done;
  }

  /**
   * Each body is read on its own, so it carries the link reference definitions ("[1]: https://…")
   * that its links use, wherever the source wrote them.
   */
  private String withReferences(String body) {
    StringBuilder sb = new StringBuilder(body);
    String lower = body.toLowerCase(Locale.ROOT);
    for (String ref : references) {
      String label = ref.substring(0, ref.indexOf("]:") + 1).toLowerCase(Locale.ROOT);
      if (!body.isEmpty() && lower.contains(label)) sb.append("\n\n").append(ref);
    }
    return sb.toString();
  }
}
