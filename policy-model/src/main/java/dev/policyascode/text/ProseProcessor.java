package dev.policyascode.text;

import dev.policyascode.concurrent.Once;
import dev.policyascode.diagnostics.Finding;
import dev.policyascode.diagnostics.Position;
import dev.policyascode.load.EmbedReader;
import dev.policyascode.model.Embed;
import dev.policyascode.model.PolicyVersion;
import dev.policyascode.model.Prose;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;

/**
 * The way from a body as written to a safe CommonMark tree: {@code ```policy} blocks become the
 * lists and tables they stand for, links to section ids get their section's number, and the tree is
 * sanitised. HTML and Markdown are both rendered from that one tree.
 */
public final class ProseProcessor {

  /**
   * Link words that a reference may carry, which the number is appended to: "Article" → "Article
   * 5.3".
   */
  private static final Pattern LINK_WORD =
      Pattern.compile("(?i)section|sections|article|§|chapter|clause|paragraph");

  /**
   * Whether a link's text is a word the section's number is appended to: one of the English words,
   * or the word {@code format} puts before a section's number ("Abschnitt").
   */
  public static boolean isLinkWord(String text, LanguageFormat format) {
    return LINK_WORD.matcher(text).matches() || text.equalsIgnoreCase(format.sectionWord());
  }

  // Made when first needed: a text without a link to a section or a policy block (most summaries)
  // needs neither, and making them reads the whole version (its sections, its registers), which a
  // version whose body is made lazily would otherwise parse just to render its summary.
  private final Supplier<Numbering> numbering;
  private final LanguageFormat format;
  private final Supplier<EmbedExpander> expander;

  /**
   * @param language the policy's language tag ({@code Policy.language()}): the words a block writes
   *     for the policy, such as a retention period, and the word of a link to a section are in it
   */
  public ProseProcessor(PolicyVersion version, Numbering numbering, String language) {
    this(version, () -> numbering, language);
  }

  /** The processor of {@code version}'s texts, with the version's one {@link Numbering}. */
  public ProseProcessor(PolicyVersion version, String language) {
    this(version, new Once<>(() -> Numbering.of(version)), language);
  }

  private ProseProcessor(PolicyVersion version, Supplier<Numbering> numbering, String language) {
    this.numbering = numbering;
    this.format = LanguageFormat.of(language);
    this.expander = new Once<>(() -> new EmbedExpander(version.registers(), format));
  }

  /**
   * The body's CommonMark with every policy block replaced by what it stands for. The loader has
   * already refused a version with a malformed block, but {@code malformed} still hears of one;
   * {@code unknownId} hears, with the block's place, of ids that match no entry (the text layer
   * knows no rules: the rule that checks references makes them findings).
   */
  public String expand(
      Prose prose, Consumer<Finding> malformed, BiConsumer<Position, String> unknownId) {
    String text = prose.text();
    StringBuilder out = new StringBuilder();
    int copied = 0;
    for (EmbedReader.Block block : EmbedReader.blocks(text)) {
      Position at = prose.at(block.start(), 3);
      out.append(text, copied, block.start());
      Optional<Embed> embed = EmbedReader.read(block.content(), at, malformed);
      embed.ifPresent(
          e -> out.append(expander.get().expand(e, problem -> unknownId.accept(at, problem))));
      copied = block.end();
    }
    out.append(text, copied, text.length());
    return out.toString();
  }

  /** The finished, safe tree of a body. */
  public Node document(Prose prose) {
    return document(expand(prose, f -> {}, (at, problem) -> {}));
  }

  /**
   * The finished, safe tree of CommonMark that has no policy blocks, such as a body already
   * expanded ({@link #expand}) by a caller that also wanted to hear what the expansion said.
   */
  public Node document(String markdown) {
    Node doc = Markdown.PARSER.parse(markdown);
    resolveReferences(doc);
    Sanitizer.sanitize(doc);
    return doc;
  }

  public static String html(Node document) {
    return Markdown.HTML.render(document);
  }

  public static String markdown(Node document) {
    return Markdown.MARKDOWN.render(document);
  }

  private void resolveReferences(Node doc) {
    List<Link> links = new ArrayList<>();
    doc.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Link link) {
            if (link.getDestination().startsWith("#")) links.add(link);
            visitChildren(link);
          }
        });
    for (Link link : links) {
      Optional<String> number = numbering.get().number(link.getDestination().substring(1));
      if (number.isEmpty()) continue;
      Node only = link.getFirstChild();
      if (only == null) {
        link.appendChild(new Text(format.section(number.get())));
      } else if (only.getNext() == null
          && only instanceof Text t
          && isLinkWord(t.getLiteral().strip(), format)) {
        t.setLiteral(t.getLiteral().strip() + " " + number.get());
      }
    }
  }
}
