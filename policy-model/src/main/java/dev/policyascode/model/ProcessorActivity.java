package dev.policyascode.model;

import dev.policyascode.diagnostics.Position;
import java.util.List;
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
    Position at) {
  public ProcessorActivity {
    processing = List.copyOf(processing);
    recipients = List.copyOf(recipients);
  }
}
