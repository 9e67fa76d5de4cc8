package dev.policyascode.lint.rules;

import dev.policyascode.diagnostics.Finding;
import dev.policyascode.diagnostics.Position;
import dev.policyascode.lint.api.VersionContext;
import dev.policyascode.load.EmbedReader;
import dev.policyascode.model.Prose;
import dev.policyascode.text.ProseProcessor;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Each text of a version with its policy blocks filled in, expanded once per version for the rules
 * that read it: schema-unknown-ref reports what the expansion says of each block, and
 * register-not-in-notice reads the text that results. Each rule used to make its own processor and
 * expand every text again (issue 18).
 */
final class ExpandedTexts {

  /**
   * A text expanded, with what the expansion said, in the order it said it: a malformed block's
   * finding, or an id that matches no entry ({@link Unknown}).
   */
  record Expanded(String markdown, List<Object> said) {
    /** Tells {@code malformed} and {@code unknownId} what the expansion said, in its order. */
    void replay(Consumer<Finding> malformed, BiConsumer<Position, String> unknownId) {
      for (Object s : said) {
        if (s instanceof Finding f) malformed.accept(f);
        else if (s instanceof Unknown u) unknownId.accept(u.at(), u.problem());
      }
    }
  }

  /** An id in a policy block that matches no entry, with the block's place. */
  record Unknown(Position at, String problem) {}

  private ExpandedTexts() {}

  /** The version's one processor, with its numbering and its policy's language. */
  static ProseProcessor processor(VersionContext context) {
    return context.computed(
        List.of(ExpandedTexts.class, ProseProcessor.class),
        () ->
            new ProseProcessor(
                context.version(), context.numbering(), context.policy().language()));
  }

  static Expanded of(VersionContext context, Prose prose) {
    return context.computed(
        List.of(ExpandedTexts.class, prose),
        () -> {
          // Most texts hold no policy block, and expand to themselves with nothing said: whether
          // a text holds one is looked for once per lint run, not in every version that has it.
          boolean blocks =
              context.perText(ExpandedTexts.class, prose, t -> !EmbedReader.blocks(t).isEmpty());
          if (!blocks) return new Expanded(prose.text(), List.of());
          List<Object> said = new ArrayList<>();
          String markdown =
              processor(context)
                  .expand(prose, said::add, (at, problem) -> said.add(new Unknown(at, problem)));
          return new Expanded(markdown, List.copyOf(said));
        });
  }
}
