package dev.policyascode.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;

/**
 * Makes a parsed text safe for a public page, in the tree itself so that the HTML and the Markdown
 * output are equally safe: raw HTML becomes visible text, a link to anything but the web, mail or
 * an anchor keeps its words and loses its target, and an image becomes a link, since a policy page
 * must not load anything from elsewhere.
 */
final class Sanitizer extends AbstractVisitor {

  private final List<Runnable> edits = new ArrayList<>();

  static void sanitize(Node document) {
    Sanitizer s = new Sanitizer();
    document.accept(s);
    s.edits.forEach(Runnable::run);
  }

  /** Whether a link target is one a policy page may point at. */
  static boolean safeUrl(String url) {
    String u = url.strip().toLowerCase(Locale.ROOT);
    if (u.startsWith("#")
        || u.startsWith("https://")
        || u.startsWith("http://")
        || u.startsWith("mailto:")) {
      return true;
    }
    int colon = u.indexOf(':');
    int slash = u.indexOf('/');
    // a relative address has no scheme: no colon before the first slash
    return colon < 0 || (slash >= 0 && slash < colon);
  }

  @Override
  public void visit(HtmlBlock block) {
    edits.add(
        () -> {
          Paragraph p = new Paragraph();
          p.appendChild(new Text(block.getLiteral().strip()));
          block.insertAfter(p);
          block.unlink();
        });
  }

  @Override
  public void visit(HtmlInline inline) {
    edits.add(
        () -> {
          inline.insertAfter(new Text(inline.getLiteral()));
          inline.unlink();
        });
  }

  @Override
  public void visit(Link link) {
    if (!safeUrl(link.getDestination())) edits.add(() -> unwrap(link));
    visitChildren(link);
  }

  @Override
  public void visit(Image image) {
    edits.add(
        () -> {
          if (safeUrl(image.getDestination())) {
            Link link = new Link(image.getDestination(), image.getTitle());
            moveChildren(image, link);
            image.insertAfter(link);
            image.unlink();
          } else {
            unwrap(image);
          }
        });
    visitChildren(image);
  }

  private static void unwrap(Node node) {
    Node child = node.getFirstChild();
    while (child != null) {
      Node next = child.getNext();
      node.insertBefore(child);
      child = next;
    }
    node.unlink();
  }

  private static void moveChildren(Node from, Node to) {
    Node child = from.getFirstChild();
    while (child != null) {
      Node next = child.getNext();
      to.appendChild(child);
      child = next;
    }
  }
}
