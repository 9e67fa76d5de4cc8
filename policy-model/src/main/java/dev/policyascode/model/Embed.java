package dev.policyascode.model;

import dev.policyascode.diagnostics.Position;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A list, paragraphs or a table that a section body takes from the registers, written in the body
 * as a fenced code block with the info string {@code policy}. The text and the data it shows are
 * then one thing.
 *
 * @param form list, paragraphs or table
 * @param source what it shows, such as definitions or retention
 * @param of the data category whose items a data-items list shows
 * @param only which entries, in this order; empty for all
 * @param itemEnd appended to every item but the last, such as ";"
 * @param lastEnd appended to the last item, such as "."
 * @param ends one ending per item, when the text punctuates its items unevenly
 */
public record Embed(
    String form,
    String source,
    Optional<String> of,
    List<String> only,
    String itemEnd,
    String lastEnd,
    List<String> ends,
    Position at) {
  public Embed {
    Objects.requireNonNull(form, "form must not be null");
    Objects.requireNonNull(source, "source must not be null");
    only = List.copyOf(only);
    ends = List.copyOf(ends);
  }

  /** The ending of item {@code index} of {@code count}. */
  public String ending(int index, int count) {
    if (!ends.isEmpty()) return index < ends.size() ? ends.get(index) : "";
    return index == count - 1 ? lastEnd : itemEnd;
  }
}
