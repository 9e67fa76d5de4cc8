package dev.policyascode.register;

import dev.policyascode.model.Activity;
import dev.policyascode.model.Policy;
import dev.policyascode.model.PolicyVersion;
import dev.policyascode.model.ProcessorActivity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the records of processing of one version from its registers: every cell is finished text
 * here, so that the templates and the CSV writer only lay it out. Where the version states nothing
 * for an item, the cell says so ("Not stated") instead of leaving a blank that reads as "none"; the
 * {@code register} rules report the same gaps in the YAML. Which cell holds what is decided here;
 * how an entry reads in a cell, in {@link RecordWords}.
 */
public final class RecordBuilder {

  private final Policy policy;
  private final PolicyVersion version;
  private final RecordWords say;

  public RecordBuilder(Policy policy, PolicyVersion version, Map<String, String> labels) {
    this.policy = policy;
    this.version = version;
    this.say = new RecordWords(policy, version, labels);
  }

  /** The controller's record, Art. 30(1). */
  public Register controller() {
    List<String> headers =
        say.words(
            "activity",
            "art30-1-a",
            "art30-1-b",
            "art30-1-c-subjects",
            "art30-1-c-data",
            "art30-1-d",
            "art30-1-e",
            "art30-1-f",
            "art30-1-g",
            "legalBasis",
            "owner",
            "lastReview",
            "dpia");
    List<String> parties = controllerParties();
    List<Register.Row> rows = new ArrayList<>();
    for (Activity a : version.registers().activities()) {
      rows.add(
          new Register.Row(
              a.id(),
              a.name(),
              List.of(
                  parties,
                  say.orNotStated(a.purposes()),
                  say.orNotStated(say.subjects(a)),
                  say.orNotStated(say.categories(a)),
                  say.orNotStated(say.recipients(a.recipients())),
                  say.transfers(a.recipients()),
                  say.orNotStated(say.timeLimits(a)),
                  say.orNotStated(say.measures(a.record())),
                  say.legalBasis(a),
                  optional(a.record().owner()),
                  optional(a.record().lastReview().map(Object::toString)),
                  optional(a.record().dpia())),
              say.noticeWords(a)));
    }
    return register(Register.Kind.CONTROLLER, "title", headers, rows);
  }

  /** The summary of the controller's record: one short row per activity, in the version's order. */
  public List<SummaryRow> summary() {
    return version.registers().activities().stream().map(say::summary).toList();
  }

  /** The processor's record, Art. 30(2). */
  public Register processor() {
    List<String> headers =
        say.words(
            "activity",
            "art30-2-a",
            "art30-2-b",
            "art30-2-c",
            "art30-2-d",
            "subprocessors",
            "owner",
            "lastReview",
            "dpia");
    List<Register.Row> rows = new ArrayList<>();
    for (ProcessorActivity a : version.registers().processorActivities()) {
      List<String> parties = new ArrayList<>();
      parties.add(say.party("processor", policy.controller()));
      policy.representative().ifPresent(c -> parties.add(say.party("representative", c)));
      policy.dpo().ifPresent(c -> parties.add(say.party("dpo", c)));
      parties.add(
          say.word("controller") + say.colon() + a.controller().orElse(say.word("notStated")));
      rows.add(
          new Register.Row(
              a.id(),
              a.name(),
              List.of(
                  parties,
                  say.orNotStated(a.processing()),
                  say.transfers(a.recipients()),
                  say.orNotStated(say.measures(a.record())),
                  say.orNone(say.namedRecipients(a.recipients())),
                  optional(a.record().owner()),
                  optional(a.record().lastReview().map(Object::toString)),
                  optional(a.record().dpia())),
              List.of()));
    }
    return register(Register.Kind.PROCESSOR, "processorTitle", headers, rows);
  }

  private Register register(
      Register.Kind kind, String title, List<String> headers, List<Register.Row> rows) {
    return new Register(
        kind,
        say.word(title),
        policy.controller().name(),
        version.id(),
        version.effective(),
        headers,
        rows);
  }

  private List<String> controllerParties() {
    List<String> parties = new ArrayList<>();
    parties.add(say.party("controller", policy.controller()));
    policy.jointControllers().forEach(c -> parties.add(say.party("jointController", c)));
    policy.representative().ifPresent(c -> parties.add(say.party("representative", c)));
    policy.dpo().ifPresent(c -> parties.add(say.party("dpo", c)));
    return parties;
  }

  private static List<String> optional(Optional<String> value) {
    return value.map(List::of).orElse(List.of());
  }
}
