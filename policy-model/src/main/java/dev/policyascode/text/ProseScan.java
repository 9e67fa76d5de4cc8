package dev.policyascode.text;

import dev.policyascode.model.Prose;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;

/**
 * A body as a rule reads it: its links with their places, and its words with code blanked out, so
 * that a rule can match words and still point at the exact column in the file.
 */
public final class ProseScan {

  /** A link in the text: its target and the offset and length of the whole link in the text. */
  public record LinkAt(String destination, boolean hasText, int offset, int length) {}

  private final Prose prose;
  private final List<LinkAt> links;
  private final String words;

  public ProseScan(Prose prose) {
    this(prose, ParsedText.of(prose.text()));
  }

  /** The scan of {@code prose} from its tree {@code parsed}, shared with the other scans of it. */
  public ProseScan(Prose prose, ParsedText parsed) {
    this(of(prose, parsed), prose);
  }

  /**
   * The scan of a text alone, with no place in a file ({@link #prose()} is null): what versions
   * that share the text share, each then placing it with {@link #at}.
   */
  public ProseScan(ParsedText parsed) {
    this(parsed, null);
  }

  private static ParsedText of(Prose prose, ParsedText parsed) {
    if (!parsed.text().equals(prose.text())) {
      throw new IllegalArgumentException("the tree is not of this text");
    }
    return parsed;
  }

  private ProseScan(ParsedText parsed, Prose prose) {
    this.prose = prose;
    this.links = new ArrayList<>();
    String text = parsed.text();
    Node doc = parsed.document();
    char[] masked = text.toCharArray();
    doc.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Link link) {
            List<SourceSpan> spans = link.getSourceSpans();
            if (!spans.isEmpty()) {
              SourceSpan first = spans.get(0);
              SourceSpan last = spans.get(spans.size() - 1);
              int end = last.getInputIndex() + last.getLength();
              links.add(
                  new LinkAt(
                      link.getDestination(),
                      link.getFirstChild() != null,
                      first.getInputIndex(),
                      end - first.getInputIndex()));
              // an address is not prose: ".../section4.2" must not read as a reference
              int address = text.lastIndexOf("](", end);
              if (address >= first.getInputIndex()) {
                for (int i = address + 2; i < end - 1 && i < masked.length; i++) {
                  if (masked[i] != '\n') masked[i] = ' ';
                }
              }
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
  }

  private ProseScan(Prose prose, List<LinkAt> links, String words) {
    this.prose = prose;
    this.links = links;
    this.words = words;
  }

  /** This scan placed at {@code prose}, a text with the same words: the lists are shared. */
  public ProseScan at(Prose prose) {
    if (prose.text().length() != words.length()) {
      throw new IllegalArgumentException("the scan is not of this text");
    }
    return new ProseScan(prose, links, words);
  }

  /**
   * Where the text is written; null for a scan of a text alone ({@link #ProseScan(ParsedText)}).
   */
  public Prose prose() {
    return prose;
  }

  public List<LinkAt> links() {
    return List.copyOf(links);
  }

  /** The id a link points at, when {@code offset} lies inside a link such as [section 5.3](#id). */
  public java.util.Optional<String> sectionLinkAt(int offset) {
    // Links do not nest and come in the order of the text: the one that can hold offset is the
    // last to start at or before it, found by halving rather than by reading every link per
    // reference (a paragraph of 3.7 MB has tens of thousands of each).
    int lo = 0;
    int hi = links.size() - 1;
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (links.get(mid).offset() <= offset) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    if (found < 0) return java.util.Optional.empty();
    LinkAt l = links.get(found);
    boolean inside = offset < l.offset() + l.length() && l.destination().startsWith("#");
    return inside
        ? java.util.Optional.of(l.destination().substring(1))
        : java.util.Optional.empty();
  }

  /** The text with code spans and code blocks replaced by spaces; offsets are the text's own. */
  public String words() {
    return words;
  }
}
