package dev.policyascode.text;

import dev.policyascode.model.Prose;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;

/**
 * A text as the term rules read it: only running prose. Code, raw HTML, headings and whole links
 * (their words name a section or a page, not a term) are blanked out, and every paragraph's first
 * character is known, since a capital there starts a sentence and says nothing about a term.
 */
public final class WordScan {

  /** A list item's marker; compiled once, not once per capitalised word. */
  private static final Pattern LIST_ITEM = Pattern.compile("^([-*+•]|\\d+[.)])\\s.*");

  private static final Pattern SPACES = Pattern.compile("\\s+");

  private final String words;
  private final TreeSet<Integer> blockStarts = new TreeSet<>();
  private final List<String> bold = new java.util.ArrayList<>();

  // Line and cell ends, and colons, in order: a word's line and the colon after it are looked up,
  // not walked to, since walking took minutes on a paragraph of 3.7 MB on one line (issue 19).
  private final int[] separators;
  private final int[] colons;

  /** By the offset where it starts; concurrent, as the scan is shared through its context. */
  private final java.util.Map<Integer, Segment> segments =
      new java.util.concurrent.ConcurrentHashMap<>();

  public WordScan(Prose prose) {
    this(prose, ParsedText.of(prose.text()));
  }

  /** The scan of {@code prose} from its tree {@code parsed}, shared with the other scans of it. */
  public WordScan(Prose prose, ParsedText parsed) {
    this(parsed);
    if (!parsed.text().equals(prose.text())) {
      throw new IllegalArgumentException("the tree is not of this text");
    }
  }

  /**
   * The scan of a text from its tree: it holds offsets within the text only, so every version that
   * has the text may share it.
   */
  public WordScan(ParsedText parsed) {
    Node doc = parsed.document();
    char[] masked = parsed.text().toCharArray();
    doc.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Paragraph p) {
            List<SourceSpan> spans = p.getSourceSpans();
            if (!spans.isEmpty()) blockStarts.add(spans.get(0).getInputIndex());
            visitChildren(p);
          }

          @Override
          public void visit(Link link) {
            blank(link);
          }

          /** Bold words are a label ('**Right to Access.**') or a term being defined. */
          @Override
          public void visit(StrongEmphasis strong) {
            StringBuilder sb = new StringBuilder();
            for (Node n = strong.getFirstChild(); n != null; n = n.getNext()) {
              if (n instanceof Text t) sb.append(t.getLiteral());
            }
            bold.add(sb.toString());
            blank(strong);
          }

          @Override
          public void visit(Heading heading) {
            blank(heading);
          }

          @Override
          public void visit(HtmlBlock html) {
            blank(html);
          }

          @Override
          public void visit(HtmlInline html) {
            blank(html);
          }

          @Override
          public void visit(Code code) {
            blank(code);
          }

          @Override
          public void visit(FencedCodeBlock block) {
            blank(block);
          }

          @Override
          public void visit(IndentedCodeBlock block) {
            blank(block);
          }

          private void blank(Node node) {
            for (SourceSpan s : node.getSourceSpans()) {
              for (int i = s.getInputIndex();
                  i < s.getInputIndex() + s.getLength() && i < masked.length;
                  i++) {
                if (masked[i] != '\n') masked[i] = ' ';
              }
            }
          }
        });
    this.words = new String(masked);
    this.separators = positions(words, "\n|");
    this.colons = positions(words, ":");
  }

  /** Where {@code text} holds one of {@code chars}, in order. */
  private static int[] positions(String text, String chars) {
    int[] at = new int[16];
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      if (chars.indexOf(text.charAt(i)) < 0) continue;
      if (n == at.length) at = java.util.Arrays.copyOf(at, n * 2);
      at[n++] = i;
    }
    return java.util.Arrays.copyOf(at, n);
  }

  /** How many of the sorted {@code positions} lie before {@code offset}. */
  private static int before(int[] positions, int offset) {
    int i = java.util.Arrays.binarySearch(positions, offset);
    return i >= 0 ? i : -i - 1;
  }

  /** The text with everything but running prose replaced by spaces; offsets are the text's own. */
  public String words() {
    return words;
  }

  /**
   * Whether the word at {@code offset} is part of a label rather than running text: the words of a
   * line, list item or table cell before its first colon ('- Service Provision: We use...'), or a
   * short line or cell that is no sentence ('* Payroll, Compensation, and Accounting').
   */
  public boolean inLabel(int offset) {
    int separatorsBefore = before(separators, offset);
    int from = separatorsBefore == 0 ? 0 : separators[separatorsBefore - 1] + 1;
    Segment segment = segments.computeIfAbsent(from, this::segment);
    if (!segment.labelLike()) return false;
    int colonsBefore = before(colons, offset);
    int colon = colonsBefore < colons.length ? colons[colonsBefore] : -1;
    // what words(words.substring(from, colon)) <= 10 says, without counting again for each word
    if (colon >= 0 && colon < segment.to() && colon <= segment.tenWordsEnd()) {
      return true;
    }
    return segment.words() <= 8 && !segment.endsWithStop();
  }

  /**
   * What {@link #inLabel} needs of the line or cell starting at {@code from}, worked out once:
   * every capitalised word of a paragraph asks about the same line.
   */
  private record Segment(
      int to, boolean labelLike, int words, boolean endsWithStop, int tenWordsEnd) {}

  private Segment segment(int from) {
    int to = from;
    while (to < words.length() && words.charAt(to) != '\n' && words.charAt(to) != '|') to++;
    String segment = words.substring(from, to).strip();
    boolean cell =
        (from > 0 && words.charAt(from - 1) == '|')
            || (to < words.length() && words.charAt(to) == '|');
    boolean item = LIST_ITEM.matcher(segment).matches();
    // a short line of its own that starts with a capital: a heading written as a paragraph
    boolean alone =
        blockStarts.contains(from)
            && (to >= words.length() - 1 || words.startsWith("\n\n", to) || to == words.length())
            && !segment.isEmpty()
            && Character.isUpperCase(segment.codePointAt(0));
    boolean labelLike = cell || item || alone;
    return new Segment(
        to,
        labelLike,
        labelLike ? words(segment) : 0,
        labelLike && segment.endsWith("."),
        labelLike ? tenWordsEnd(from, to) : 0);
  }

  /**
   * The largest {@code end} for which {@link #words} counts at most ten words in {@code
   * words.substring(from, end)}: words are runs of characters other than {@code \s}, counted
   * between the first and the last character that is not white space ({@link String#strip}). The
   * eleventh word starts at the tenth run start after the first such character; a prefix that
   * reaches a character that is not white space from there holds eleven.
   */
  private int tenWordsEnd(int from, int to) {
    int first = from;
    while (first < to && Character.isWhitespace(words.charAt(first))) first++;
    int starts = 0;
    for (int i = first + 1; i < to; i++) {
      if (!isSpace(words.charAt(i)) && isSpace(words.charAt(i - 1)) && ++starts == 10) {
        while (i < to && Character.isWhitespace(words.charAt(i))) i++;
        return i;
      }
    }
    return Integer.MAX_VALUE;
  }

  /** {@code \s} as {@link #SPACES} reads it. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  private static int words(String s) {
    String t = s.strip();
    return t.isEmpty() ? 0 : SPACES.split(t).length;
  }

  /** The words written in bold, which define a term or label a paragraph. */
  public List<String> bold() {
    return List.copyOf(bold);
  }

  /**
   * Whether the word at {@code offset} starts a sentence: it opens a paragraph (or a list item, a
   * table cell), or follows a full stop, question or exclamation mark, colon or semicolon, with
   * only spaces, quotes, brackets and emphasis marks between.
   */
  public boolean startsSentence(int offset) {
    int i = offset - 1;
    while (i >= 0 && " \t\n“\"‘'(*_>-•·".indexOf(words.charAt(i)) >= 0) {
      // a line of its own (a list item, a line of an address) starts afresh
      if (words.charAt(i) == '\n') return true;
      i--;
    }
    if (i >= 0 && words.charAt(i) == '|') return true;
    if (i < 0) return true;
    Integer block = blockStarts.floor(offset);
    if (block != null && block > i) return true;
    return ".!?:;…".indexOf(words.charAt(i)) >= 0;
  }
}
