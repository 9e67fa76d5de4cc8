package dev.policyascode.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
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

/**
 * A CommonMark text as a reader reads it, cut into sentences and words: code, raw HTML, link
 * addresses and markup are blanked out (a link's words stay, its target does not), so that the
 * plain-language rules count what people read. Offsets are the text's own, so that a finding still
 * points at the right column.
 */
public final class ReadingText {

  /** A sentence: its offsets in the text and its words, in order. */
  public record Sentence(int start, int end, List<Word> words) {}

  /** A word and where it starts in the text. */
  public record Word(String text, int start) {}

  private static final Pattern WORD =
      Pattern.compile(
          "\\p{N}+(?:[.,/-]\\p{N}+)*(?![\\p{L}\\p{N}])|[\\p{L}\\p{N}](?:[\\p{L}\\p{N}'’-]*[\\p{L}\\p{N}])?");

  /** A list item's marker or a table row at the start of a line: each item starts a sentence. */
  private static final Pattern LINE_START =
      Pattern.compile("(?m)^[ \\t]*(?:[-+*][ \\t]+|\\d{1,3}[.)][ \\t]+|\\|)");

  /**
   * Abbreviations whose full stop never ends a sentence: "e.g. Google", "Art. 6", "para. 12". The
   * other abbreviations ("etc.", "Inc.") end one when a capital follows.
   */
  private static final Set<String> ALWAYS_ABBREVIATED =
      Set.of(
          "e.g", "i.e", "z.b", "d.h", "u.a", "s.o", "art", "arts", "para", "paras", "cf", "vs",
          "vgl", "abs", "mr", "mrs", "ms", "dr", "prof", "p", "pp", "sec", "approx", "incl", "ca",
          "bzw", "ggf", "lit", "ziff", "al", "mme", "mlle", "av", "chap", "fig", "min", "max",
          "resp", "sect", "subs", "st");

  private final String text;
  private final List<Sentence> sentences = new ArrayList<>();

  /** Where a paragraph or a heading ends: a title or a list item without a full stop still ends. */
  private final List<Integer> blockEnds = new ArrayList<>();

  public ReadingText(String markdown) {
    this(ParsedText.of(markdown));
  }

  /** The text of {@code parsed}, read from its tree, which other scans of the text share. */
  public ReadingText(ParsedText parsed) {
    this.text = parsed.text();
    char[] read = mask(parsed, blockEnds);
    split(new String(read));
  }

  public String text() {
    return text;
  }

  public List<Sentence> sentences() {
    return sentences;
  }

  public int wordCount() {
    return sentences.stream().mapToInt(s -> s.words().size()).sum();
  }

  /** Blanks what is not read: code, HTML, link addresses, emphasis and heading marks. */
  private static char[] mask(ParsedText parsed, List<Integer> blockEnds) {
    String markdown = parsed.text();
    char[] masked = markdown.toCharArray();
    Node doc = parsed.document();
    doc.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Paragraph p) {
            end(p);
            visitChildren(p);
          }

          @Override
          public void visit(Heading h) {
            end(h);
            visitChildren(h);
          }

          private void end(Node node) {
            List<SourceSpan> spans = node.getSourceSpans();
            if (spans.isEmpty()) return;
            SourceSpan last = spans.get(spans.size() - 1);
            blockEnds.add(last.getInputIndex() + last.getLength());
          }

          @Override
          public void visit(Link link) {
            List<SourceSpan> spans = link.getSourceSpans();
            if (!spans.isEmpty()) {
              SourceSpan last = spans.get(spans.size() - 1);
              int end = last.getInputIndex() + last.getLength();
              int address = markdown.lastIndexOf("](", end);
              if (address >= spans.get(0).getInputIndex()) blankRange(masked, address + 1, end);
            }
            visitChildren(link);
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

          @Override
          public void visit(HtmlBlock html) {
            blank(html);
          }

          @Override
          public void visit(HtmlInline html) {
            blank(html);
          }

          private void blank(Node node) {
            for (SourceSpan s : node.getSourceSpans()) {
              blankRange(masked, s.getInputIndex(), s.getInputIndex() + s.getLength());
            }
          }
        });
    for (int i = 0; i < masked.length; i++) {
      char c = masked[i];
      if (c == '*' || c == '#' || c == '>' || c == '[' || c == ']' || c == '`' || c == '\\') {
        masked[i] = ' ';
      } else if (c == '_' && !(i > 0 && Character.isLetterOrDigit(masked[i - 1]))) {
        masked[i] = ' ';
      }
    }
    return masked;
  }

  private static void blankRange(char[] masked, int from, int to) {
    for (int i = Math.max(0, from); i < to && i < masked.length; i++) {
      if (masked[i] != '\n') masked[i] = ' ';
    }
  }

  private void split(String read) {
    List<Integer> breaks = new ArrayList<>();
    Matcher starts = LINE_START.matcher(read);
    while (starts.find()) breaks.add(starts.end());
    for (int i = 0; i < read.length(); i++) {
      char c = read.charAt(i);
      if (c == '|') breaks.add(i + 1);
      else if (c == '\n' && blankLineFollows(read, i)) breaks.add(i + 1);
      else if ((c == '.' || c == '!' || c == '?') && endsSentence(read, i)) breaks.add(i + 1);
    }
    breaks.addAll(blockEnds);
    breaks.add(read.length());
    breaks.sort(null);
    int from = 0;
    for (int b : breaks) {
      if (b <= from) continue;
      add(read, from, b);
      from = b;
    }
  }

  private void add(String read, int from, int to) {
    List<Word> words = new ArrayList<>();
    Matcher m = WORD.matcher(read).region(from, to);
    while (m.find()) words.add(new Word(m.group(), m.start()));
    if (words.isEmpty()) return;
    int start = words.get(0).start();
    int end = to;
    while (end > start && Character.isWhitespace(read.charAt(end - 1))) end--;
    sentences.add(new Sentence(start, end, List.copyOf(words)));
  }

  private static boolean blankLineFollows(String read, int newline) {
    for (int i = newline + 1; i < read.length(); i++) {
      char c = read.charAt(i);
      if (c == '\n') return true;
      if (!Character.isWhitespace(c)) return false;
    }
    return true;
  }

  /**
   * Whether the mark at {@code i} ends a sentence: whitespace (or the end) follows, after any
   * closing quote or bracket, and the word before is not an abbreviation, an initial or the number
   * of a list ("5.3" has no space after its point, so it never reaches here).
   */
  private static boolean endsSentence(String read, int i) {
    int next = i + 1;
    while (next < read.length() && "\"'”’)»".indexOf(read.charAt(next)) >= 0) next++;
    if (next < read.length() && !Character.isWhitespace(read.charAt(next))) return false;
    if (read.charAt(i) != '.') return true;
    int from = i;
    while (from > 0
        && (Character.isLetter(read.charAt(from - 1)) || read.charAt(from - 1) == '.')) {
      from--;
    }
    String before = read.substring(from, i).toLowerCase(Locale.ROOT);
    if (before.isEmpty()) return true; // after a number or a bracket: "in 2018." ends
    char after = firstLetterAfter(read, next);
    // "No. 5" but "we say no. Then": these three are abbreviations only before a number
    if (before.equals("no") || before.equals("nos") || before.equals("nr")) {
      return !Character.isDigit(after);
    }
    if (ALWAYS_ABBREVIATED.contains(before)) return false;
    if (before.length() == 1 && Character.isUpperCase(read.charAt(i - 1))) return false;
    if (before.contains(".") || before.equals("etc") || before.equals("inc")) {
      return Character.isUpperCase(after);
    }
    // "approx. two" or a cut sentence: a lower-case word does not start a new sentence
    return after == 0 || !Character.isLowerCase(after);
  }

  private static char firstLetterAfter(String read, int from) {
    for (int i = from; i < read.length(); i++) {
      char c = read.charAt(i);
      if (Character.isLetterOrDigit(c)) return c;
      if (c == '\n' && blankLineFollows(read, i)) return 0;
    }
    return 0;
  }
}
