package dev.policyascode.flow;

import dev.policyascode.load.Organisations;
import dev.policyascode.model.Activity;
import dev.policyascode.model.DataCategory;
import dev.policyascode.model.DataSubject;
import dev.policyascode.model.PolicyVersion;
import dev.policyascode.model.Recipient;
import dev.policyascode.model.Ref;
import dev.policyascode.model.Registers;
import dev.policyascode.register.Links;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Builds the data-flow graph of a version from its registers. Each node first appears in the order
 * the version lists the activities and, within one, its subjects, data and recipients: that is the
 * input order that {@link FlowLayout} improves on. Ids that lead nowhere are left out, as in the
 * record ({@code schema-unknown-ref} reports them).
 */
public final class FlowBuilder {

  private final Registers registers;
  private final Links links;
  private final Function<String, String> word;
  private final List<Map<String, Flow.Node>> columns = new ArrayList<>();
  private final Set<Flow.Edge> edges = new LinkedHashSet<>();

  /**
   * @param word the label of a key such as {@code basis.consent} or {@code outsideEea}, in the
   *     policy's language
   */
  private FlowBuilder(PolicyVersion version, Function<String, String> word) {
    this.registers = version.registers();
    this.links = new Links(registers);
    this.word = word;
    for (int i = 0; i < Flow.COLUMNS; i++) columns.add(new LinkedHashMap<>());
  }

  /** The flow of {@code version}, its nodes in the order they first appear. */
  public static Flow of(PolicyVersion version, Map<String, String> labels) {
    return new FlowBuilder(version, k -> labels.getOrDefault("register." + k, k)).build();
  }

  private Flow build() {
    List<Flow.Row> rows = new ArrayList<>();
    for (Activity a : registers.activities()) {
      List<String> subjects = new ArrayList<>();
      List<String> data = new ArrayList<>();
      List<String> recipients = new ArrayList<>();
      Set<String> countries = new LinkedHashSet<>();
      String basis = word.apply("basis." + a.legalBasis().word());
      String activity = node(2, "a:" + a.id(), a.name(), notes(a.purposes(), basis), false);
      List<String> dataKeys = new ArrayList<>();
      for (Ref ref : a.dataCategories()) {
        Optional<DataCategory> c = links.dataCategory(ref.id());
        if (c.isEmpty()) continue;
        String special = c.get().special() ? " (" + word.apply("special") + ")" : "";
        dataKeys.add(
            node(1, "d:" + ref.id(), c.get().name() + special, List.of(), c.get().special()));
        data.add(c.get().name() + special);
        edges.add(new Flow.Edge(1, "d:" + ref.id(), activity, false));
      }
      for (Ref ref : a.dataSubjects()) {
        Optional<DataSubject> s =
            registers.dataSubjects().stream().filter(x -> x.id().equals(ref.id())).findFirst();
        if (s.isEmpty()) continue;
        String subject = node(0, "s:" + ref.id(), s.get().name(), List.of(), false);
        subjects.add(s.get().name());
        // What the activity collects about whom: each of its subjects to each of its categories.
        for (String d : dataKeys) edges.add(new Flow.Edge(0, subject, d, false));
      }
      for (Ref ref : a.recipients()) {
        String name =
            links
                .recipientCategory(ref.id())
                .map(c -> c.name())
                .or(() -> links.recipient(ref.id()).map(Recipient::name))
                .orElse(null);
        if (name == null) continue;
        String recipient = node(3, "r:" + ref.id(), name, List.of(), false);
        recipients.add(name);
        edges.add(new Flow.Edge(2, activity, recipient, false));
        for (Recipient r : links.namedRecipients(List.of(ref))) {
          // An international organisation is where its data goes, wherever it sits (Art. 44).
          boolean outside = Links.inThirdCountry(r);
          String label =
              r.internationalOrganisation().isPresent()
                  ? Organisations.label(r)
                  : r.country() + (outside ? " (" + word.apply("outsideEea") + ")" : "");
          String place =
              r.internationalOrganisation().map(o -> "o:" + o).orElse("c:" + r.country());
          String country = node(4, place, label, List.of(), outside);
          countries.add(label);
          edges.add(new Flow.Edge(3, recipient, country, outside));
        }
      }
      rows.add(
          new Flow.Row(
              a.name(), subjects, data, a.purposes(), basis, recipients, List.copyOf(countries)));
    }
    return new Flow(
        columns.stream().map(m -> List.copyOf(m.values())).toList(), List.copyOf(edges), rows);
  }

  private static List<String> notes(List<String> purposes, String basis) {
    List<String> notes = new ArrayList<>(purposes);
    notes.add(basis);
    return notes;
  }

  /** Adds the node once, at its first appearance, and returns its key. */
  private String node(int column, String key, String label, List<String> notes, boolean marked) {
    columns.get(column).putIfAbsent(key, new Flow.Node(key, label, notes, marked));
    return key;
  }
}
