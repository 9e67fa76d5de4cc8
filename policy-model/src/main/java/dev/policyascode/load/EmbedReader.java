package dev.policyascode.load;

import dev.policyascode.lint.Finding;
import dev.policyascode.lint.rules.MissingKey;
import dev.policyascode.model.Embed;
import dev.policyascode.model.Position;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads the content of a {@code ```policy} block with the same checks as a file. Problems are
 * reported at the block's place in the file, since the block's own lines are inside a text.
 */
public final class EmbedReader {

  private EmbedReader() {}

  public static Optional<Embed> read(String yaml, Position at, Consumer<Finding> report) {
    Consumer<Finding> placed =
        f -> report.accept(new Finding(f.ruleId(), f.severity(),
            "in this policy block: " + f.message(), at));
    Optional<Value> value = YamlFile.parse(yaml, at.file(), Format.EMBED, placed);
    if (value.isEmpty()) return Optional.empty();
    Value.Map_ m = (Value.Map_) value.get();
    List<String> forms = List.of("list", "paragraphs", "table");
    List<String> given = forms.stream().filter(k -> m.get(k).isPresent()).toList();
    if (given.size() != 1) {
      report.accept(Finding.of(MissingKey.META, at, "a policy block needs exactly one of 'list:',"
          + " 'paragraphs:' or 'table:', saying what to show, such as 'list: definitions'"));
      return Optional.empty();
    }
    String form = given.get(0);
    String source = m.text(form);
    if (source.equals("data-items") && m.get("of").isEmpty()) {
      report.accept(Finding.of(MissingKey.META, at, "a data-items list needs 'of:', the id of the"
          + " data category whose items to show"));
      return Optional.empty();
    }
    return Optional.of(new Embed(
        form,
        source,
        m.optText("of"),
        m.texts("only"),
        m.optText("item-end").orElse(""),
        m.optText("last-end").orElse(""),
        m.texts("ends"),
        at));
  }
}
