package dev.policyascode.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * {@link EmbedReader#blocks} skips the parse of a text with no line that could open a policy block,
 * and parses block structure only: it must find what a full CommonMark parse finds, on texts made
 * of fences in every container, info strings written every way, and the prose around them.
 */
class EmbedBlocksTest {

  private static final Parser FULL =
      Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS).build();

  /** The policy blocks a full parse, inlines and all, finds. */
  private static List<EmbedReader.Block> expected(String text) {
    List<EmbedReader.Block> blocks = new ArrayList<>();
    FULL.parse(text)
        .accept(
            new AbstractVisitor() {
              @Override
              public void visit(FencedCodeBlock block) {
                String info = block.getInfo() == null ? "" : block.getInfo().strip();
                List<SourceSpan> spans = block.getSourceSpans();
                if (!info.equals(EmbedReader.INFO) || spans.isEmpty()) return;
                SourceSpan last = spans.get(spans.size() - 1);
                blocks.add(
                    new EmbedReader.Block(
                        block.getLiteral(),
                        spans.get(0).getInputIndex(),
                        last.getInputIndex() + last.getLength()));
              }
            });
    return blocks;
  }

  @Test
  void blocksWrittenEveryWayAreFound() {
    for (String text :
        List.of(
            "Intro\n\n```policy\nlist: definitions\n```\n",
            "```` policy \nlist: definitions\n````",
            "~~~policy\r\nlist: rights\r\n~~~\r\n",
            "> ```policy\n> list: rights\n> ```\n",
            "- item\n\n  ```policy\n  list: rights\n  ```\n",
            "1. ```policy\n   list: rights\n   ```",
            "```&#112;olicy\nlist: rights\n```",
            "```pol&#105;cy\nlist: rights\n```",
            "   ```policy\nlist: rights\n```",
            "    ```policy\nindented code, not a fence\n```",
            "```policy list\nnot this one\n```",
            "``` policy\nlist: rights",
            "text ```policy``` inline, not a block",
            "```\ncode\n```\nthis policy says\n```js\nx\n```",
            "<div>\n```policy\n</div>\n\n```policy\nlist: rights\n```")) {
      assertEquals(expected(text), EmbedReader.blocks(text), text);
    }
  }

  @Test
  void randomTextsAgreeWithAFullParse() {
    String[] pieces = {
      "```",
      "````",
      "~~~",
      "policy",
      " policy",
      "&#112;olicy",
      "&amp;",
      "&",
      "\n",
      "\n\n",
      "\r",
      "\r\n",
      "> ",
      "- ",
      "1. ",
      "  ",
      "    ",
      "\t",
      "list: rights",
      "[a](b)",
      "*x*",
      "`",
      "text ",
      "<div>",
      "</div>",
      "# Title",
      "| a | b |",
      "\\",
      "policy block"
    };
    Random random = new Random(18);
    for (int n = 0; n < 20_000; n++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(14);
      for (int i = 0; i < length; i++) text.append(pieces[random.nextInt(pieces.length)]);
      String t = text.toString();
      assertEquals(expected(t), EmbedReader.blocks(t), t);
    }
  }
}
