package dev.policyascode.load;

import dev.policyascode.diagnostics.Finding;
import dev.policyascode.diagnostics.Position;
import dev.policyascode.model.Embed;
import dev.policyascode.model.Prose;
import dev.policyascode.model.Registers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Reads the content of a {@code ```policy} block with the same checks as a file. Problems are
 * reported at the block's place in the file, since the block's own lines are inside a text.
 */
public final class EmbedReader {

  /** The info string of a fenced block that embeds data from the registers. */
  public static final String INFO = "policy";

  /**
   * Finds the fenced blocks only: a fenced block, its info string and its source spans are the
   * block parse's, so the inline parser, which would read every paragraph and heading for links and
   * emphasis, reads nothing.
   */
  private static final Parser PARSER =
      Parser.builder()
          .includeSourceSpans(IncludeSourceSpans.BLOCKS)
          .inlineParserFactory(context -> (lines, node) -> {})
          .build();

  /**
   * The blocks read without a problem, by their content: the same few blocks are written in every
   * version and read by the loader, the rules and the render. Their {@link Embed#at()} is {@link
   * #NOWHERE}, each reader's own place is put in. Bounded, as a text of endless distinct blocks
   * could otherwise grow it; a block with a problem is read again each time, to report it.
   */
  private static final Map<String, Embed> READ = new ConcurrentHashMap<>();

  private static final int READ_MAX_ENTRIES = 4096;
  private static final int READ_MAX_CHARS = 2048;
  private static final Position NOWHERE = Position.startOf("");

  /**
   * A {@code ```policy} block of a text: its content, and where the block starts and ends in the
   * text (the fences included).
   */
  public record Block(String content, int start, int end) {}

  private EmbedReader() {}

  /** The policy blocks of a text, in order. */
  public static List<Block> blocks(String text) {
    // A fenced block opens with three backticks or tildes, and a policy block's info string says
    // policy: most texts have no such line, and need no parse.
    if (!mayHaveBlock(text, "```") && !mayHaveBlock(text, "~~~")) return List.of();
    List<Block> blocks = new ArrayList<>();
    PARSER
        .parse(text)
        .accept(
            new AbstractVisitor() {
              @Override
              public void visit(FencedCodeBlock block) {
                String info = block.getInfo() == null ? "" : block.getInfo().strip();
                List<SourceSpan> spans = block.getSourceSpans();
                if (!info.equals(INFO) || spans.isEmpty()) return;
                SourceSpan last = spans.get(spans.size() - 1);
                blocks.add(
                    new Block(
                        block.getLiteral(),
                        spans.get(0).getInputIndex(),
                        last.getInputIndex() + last.getLength()));
              }
            });
    return blocks;
  }

  /**
   * Whether a line of {@code text} holds {@code fence} and, after it, {@code policy} or an {@code
   * &} (an info string may write a letter as an entity, such as {@code &#112;}). A policy block's
   * opening line always does; its info string is on that line, after the fence.
   */
  private static boolean mayHaveBlock(String text, String fence) {
    int policy = -2; // the next "policy" at or after the fence; -1 when there is none, -2 unknown
    int amp = -2;
    for (int i = text.indexOf(fence); i >= 0; i = text.indexOf(fence, i + 1)) {
      int end = lineEnd(text, i);
      if (policy != -1 && policy < i) policy = text.indexOf(INFO, i);
      if (amp != -1 && amp < i) amp = text.indexOf('&', i);
      if ((policy >= 0 && policy < end) || (amp >= 0 && amp < end)) return true;
      if (end >= text.length()) return false;
      i = end;
    }
    return false;
  }

  /** Where the line of {@code from} ends: its line break ({@code \n} or {@code \r}), or the end. */
  private static int lineEnd(String text, int from) {
    int n = text.indexOf('\n', from);
    int r = text.indexOf('\r', from);
    if (n < 0) n = text.length();
    return r >= 0 && r < n ? r : n;
  }

  /**
   * Checks every policy block of a text as the loader checks a file; a version with a bad block is
   * not loaded, since rendering it would drop what the block stands for.
   */
  static void check(Prose prose, Consumer<Finding> report) {
    for (Block block : blocks(prose.text())) {
      // A block that reads without a problem reads so wherever it is: only a block with one is
      // read again, placed line for line, for its messages.
      if (cached(block.content()) != null) continue;
      Position fence = prose.at(block.start(), 3);
      int content = prose.text().indexOf('\n', block.start()) + 1;
      Position first = content > 0 && content < block.end() ? prose.at(content, 1) : fence;
      if (first.line() != fence.line() + 1) {
        read(block.content(), fence, report);
        continue;
      }
      // In a literal block the lines map one to one: report each problem where it is written,
      // by reading the block as if it started on its own line of the file.
      String shifted = "\n".repeat(first.line() - 1) + block.content();
      int indent = first.column() - 1;
      parse(
          shifted,
          fence,
          f ->
              report.accept(
                  new Finding(
                      f.ruleId(),
                      f.severity(),
                      "in this policy block: " + f.message(),
                      new Position(f.at().file(), f.at().line(), f.at().column() + indent))),
          report);
    }
  }

  /**
   * A policy block is filled in where a text is a page's own: a section's body, the preamble, the
   * summary. A definition's meaning, a legal basis, a retention statement or a security measure is
   * itself an entry that a block lists, pasted into that list as it is written; a block inside it
   * would be published as a broken code block. Such a block is reported at its fence.
   */
  static void checkEntries(Registers registers, Consumer<Finding> report) {
    registers.definitions().forEach(d -> notHere(d.meaning(), "a definition's meaning", report));
    registers.legalBases().forEach(b -> notHere(b.text(), "a legal basis", report));
    registers.retention().forEach(x -> notHere(x.statement(), "a retention statement", report));
    registers.securityMeasures().forEach(m -> notHere(m.text(), "a security measure", report));
  }

  private static void notHere(Prose prose, String where, Consumer<Finding> report) {
    for (Block block : blocks(prose.text())) {
      report.accept(
          Finding.of(
              LoadRules.WRONG_TYPE,
              prose.at(block.start(), 3),
              "a policy block cannot be inside "
                  + where
                  + ": this text is itself shown in a list of the registers, where the block would"
                  + " be printed as code; move the block into the body of a section"));
    }
  }

  public static Optional<Embed> read(String yaml, Position at, Consumer<Finding> report) {
    Embed known = cached(yaml);
    if (known != null) return Optional.of(placed(known, at));
    Consumer<Finding> placed =
        f ->
            report.accept(
                new Finding(f.ruleId(), f.severity(), "in this policy block: " + f.message(), at));
    return parse(yaml, at, placed, report);
  }

  /**
   * The block of {@code yaml} placed {@link #NOWHERE} when it reads without a problem, else null.
   * Read once, then taken from {@link #READ}.
   */
  private static Embed cached(String yaml) {
    Embed known = READ.get(yaml);
    if (known != null || yaml.length() > READ_MAX_CHARS) return known;
    boolean[] problem = {false};
    Consumer<Finding> any = f -> problem[0] = true;
    Optional<Embed> read = parse(yaml, NOWHERE, any, any);
    if (problem[0] || read.isEmpty()) return null;
    if (READ.size() < READ_MAX_ENTRIES) READ.put(yaml, read.get());
    return read.get();
  }

  private static Embed placed(Embed e, Position at) {
    return new Embed(
        e.form(), e.source(), e.of(), e.only(), e.itemEnd(), e.lastEnd(), e.ends(), at);
  }

  /**
   * @param placed hears of the YAML problems, placed by the caller
   * @param report hears of the block's other problems, at {@code at}
   */
  private static Optional<Embed> parse(
      String yaml, Position at, Consumer<Finding> placed, Consumer<Finding> report) {
    if (yaml.isBlank()) {
      report.accept(
          Finding.of(
              LoadRules.MISSING_KEY,
              at,
              "this policy block is empty; say what it shows," + " such as 'list: definitions'"));
      return Optional.empty();
    }
    Optional<Value> value = YamlFile.parse(yaml, at.file(), Format.EMBED, placed);
    if (value.isEmpty()) return Optional.empty();
    Value.Map_ m = (Value.Map_) value.get();
    List<String> forms = List.of("list", "paragraphs", "table");
    List<String> given = forms.stream().filter(k -> m.get(k).isPresent()).toList();
    if (given.size() != 1) {
      report.accept(
          Finding.of(
              LoadRules.MISSING_KEY,
              at,
              "a policy block needs exactly one of 'list:',"
                  + " 'paragraphs:' or 'table:', saying what to show, such as 'list: definitions'"));
      return Optional.empty();
    }
    String form = given.get(0);
    String source = m.text(form);
    if (source.equals("data-items") && m.get("of").isEmpty()) {
      report.accept(
          Finding.of(
              LoadRules.MISSING_KEY,
              at,
              "a data-items list needs 'of:', the id of the"
                  + " data category whose items to show"));
      return Optional.empty();
    }
    return Optional.of(
        new Embed(
            form,
            source,
            m.optText("of"),
            m.texts("only"),
            m.optText("item_end").orElse(""),
            m.optText("last_end").orElse(""),
            m.texts("ends"),
            at));
  }
}
