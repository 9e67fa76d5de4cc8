package dev.policyascode.model;

import dev.policyascode.diagnostics.Position;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An activity the company carries out as a processor, on behalf of a controller (Art. 30(2)): for
 * instance, hosting the data its customers put into its applications.
 *
 * @param controller the controller on whose behalf, or the category of controllers (such as "each
 *     Customer"); empty when the version does not state it
 * @param processing the categories of processing carried out for that controller (Art. 30(2)(b))
 * @param recipients the ids of the sub-processors or recipient categories, whose transfers are the
 *     activity's transfers (Art. 30(2)(c))
 */
public record ProcessorActivity(
    String id,
    String name,
    Optional<String> controller,
    List<String> processing,
    List<Ref> recipients,
    RecordDetails record,
    Position at,
    Positions positions)
    implements Located {
  public ProcessorActivity {
    Objects.requireNonNull(positions, "positions must not be null");
    processing = List.copyOf(processing);
    recipients = List.copyOf(recipients);
  }

  /** Made by hand rather than loaded, as in a test: its values are placed at its start. */
  public ProcessorActivity(
      String id,
      String name,
      Optional<String> controller,
      List<String> processing,
      List<Ref> recipients,
      RecordDetails record,
      Position at) {
    this(id, name, controller, processing, recipients, record, at, Positions.unknown());
  }
}
