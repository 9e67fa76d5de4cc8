package dev.policyascode.register;

import dev.policyascode.model.Activity;
import dev.policyascode.model.Contact;
import dev.policyascode.model.DataCategory;
import dev.policyascode.model.DataSubject;
import dev.policyascode.model.Policy;
import dev.policyascode.model.PolicyVersion;
import dev.policyascode.model.ProcessorActivity;
import dev.policyascode.model.Prose;
import dev.policyascode.model.Recipient;
import dev.policyascode.model.RecordDetails;
import dev.policyascode.model.Ref;
import dev.policyascode.model.RetentionRule;
import dev.policyascode.model.SecurityMeasure;
import dev.policyascode.model.Transfer;
import dev.policyascode.text.LanguageFormat;
import dev.policyascode.text.Markdown;
import dev.policyascode.text.ProseProcessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.commonmark.renderer.text.TextContentRenderer;

/**
 * Builds the records of processing of one version from its registers: every cell is finished text
 * here, so that the templates and the CSV writer only lay it out. Where the version states nothing
 * for an item, the cell says so ("Not stated") instead of leaving a blank that reads as "none"; the
 * {@code register} rules report the same gaps in the YAML.
 */
public final class RecordBuilder {

  private static final TextContentRenderer PLAIN = TextContentRenderer.builder().build();

  private final Policy policy;
  private final PolicyVersion version;
  private final Map<String, String> labels;
  private final Links links;
  private final ProseProcessor prose;
  private final LanguageFormat format;

  public RecordBuilder(Policy policy, PolicyVersion version, Map<String, String> labels) {
    this.policy = policy;
    this.version = version;
    this.labels = labels;
    this.links = new Links(version.registers());
    this.prose = new ProseProcessor(version, policy.language());
    this.format = LanguageFormat.of(policy.language());
  }

  /** The controller's record, Art. 30(1). */
  public Register controller() {
    List<String> headers =
        words(
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
                  orNotStated(a.purposes()),
                  orNotStated(
                      a.dataSubjects().stream()
                          .map(this::subject)
                          .flatMap(Optional::stream)
                          .toList()),
                  orNotStated(
                      a.dataCategories().stream()
                          .map(this::category)
                          .flatMap(Optional::stream)
                          .toList()),
                  orNotStated(recipients(a.recipients())),
                  transfers(a.recipients()),
                  orNotStated(timeLimits(a)),
                  orNotStated(measures(a.record())),
                  legalBasis(a),
                  optional(a.record().owner()),
                  optional(a.record().lastReview().map(Object::toString)),
                  optional(a.record().dpia())),
              noticeWords(a)));
    }
    return register(Register.Kind.CONTROLLER, "title", headers, rows);
  }

  /** The processor's record, Art. 30(2). */
  public Register processor() {
    List<String> headers =
        words(
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
      parties.add(word("processor") + colon() + contact(policy.controller()));
      policy
          .representative()
          .ifPresent(c -> parties.add(word("representative") + colon() + contact(c)));
      policy.dpo().ifPresent(c -> parties.add(word("dpo") + colon() + contact(c)));
      parties.add(word("controller") + colon() + a.controller().orElse(word("notStated")));
      rows.add(
          new Register.Row(
              a.id(),
              a.name(),
              List.of(
                  parties,
                  orNotStated(a.processing()),
                  transfers(a.recipients()),
                  orNotStated(measures(a.record())),
                  orNone(
                      links.namedRecipients(a.recipients()).stream().map(this::recipient).toList()),
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
        word(title),
        policy.controller().name(),
        version.id(),
        version.effective(),
        headers,
        rows);
  }

  private List<String> controllerParties() {
    List<String> parties = new ArrayList<>();
    parties.add(word("controller") + colon() + contact(policy.controller()));
    policy
        .jointControllers()
        .forEach(c -> parties.add(word("jointController") + colon() + contact(c)));
    policy
        .representative()
        .ifPresent(c -> parties.add(word("representative") + colon() + contact(c)));
    policy.dpo().ifPresent(c -> parties.add(word("dpo") + colon() + contact(c)));
    return parties;
  }

  private static String contact(Contact c) {
    List<String> parts = new ArrayList<>();
    parts.add(c.name());
    c.address().ifPresent(parts::add);
    c.country().ifPresent(parts::add);
    c.email().ifPresent(parts::add);
    c.phone().ifPresent(parts::add);
    c.website().ifPresent(parts::add);
    return String.join(", ", parts);
  }

  private Optional<String> subject(Ref ref) {
    return version.registers().dataSubjects().stream()
        .filter(s -> s.id().equals(ref.id()))
        .findFirst()
        .map(this::described);
  }

  private String described(DataSubject s) {
    return s.name() + s.description().map(d -> colon() + d).orElse("");
  }

  private Optional<String> category(Ref ref) {
    return links.dataCategory(ref.id()).map(this::described);
  }

  private String described(DataCategory c) {
    String text = c.name();
    if (c.special()) text += " (" + word("special") + ")";
    if (!c.items().isEmpty()) return text + colon() + String.join("; ", c.items());
    return text + c.description().map(d -> colon() + d).orElse("");
  }

  private List<String> recipients(List<Ref> refs) {
    List<String> lines = new ArrayList<>();
    for (Ref ref : refs) {
      links
          .recipientCategory(ref.id())
          .ifPresent(
              c -> {
                List<String> named =
                    links.namedRecipients(List.of(ref)).stream().map(this::recipient).toList();
                lines.add(c.name() + (named.isEmpty() ? "" : colon() + String.join("; ", named)));
              });
      links.recipient(ref.id()).ifPresent(r -> lines.add(recipient(r)));
    }
    return lines;
  }

  private String recipient(Recipient r) {
    List<String> about = new ArrayList<>();
    about.add(r.country() + (Links.inThirdCountry(r.country()) ? ", " + word("outsideEea") : ""));
    about.add(word("role." + r.role().word()));
    r.service().ifPresent(about::add);
    return r.name() + " (" + String.join(", ", about) + ")";
  }

  private List<String> transfers(List<Ref> refs) {
    List<String> lines = new ArrayList<>();
    for (Transfer t : links.transfers(refs)) {
      String to =
          links.recipient(t.recipient().id()).map(Recipient::name).orElse(t.recipient().id());
      lines.add(
          to
              + ", "
              + t.country()
              + colon()
              + word("safeguard." + t.safeguard().word())
              + t.details().map(d -> "; " + d).orElse(""));
    }
    return orNone(lines);
  }

  private List<String> timeLimits(Activity a) {
    List<String> lines = new ArrayList<>();
    for (RetentionRule r : links.retention(a)) {
      String line =
          format.period(r.period()) + r.from().map(f -> " " + word("from") + " " + f).orElse("");
      if (!r.dataCategories().isEmpty()) {
        line +=
            " ("
                + word("appliesTo")
                + " "
                + r.dataCategories().stream()
                    .map(c -> links.dataCategory(c.id()).map(DataCategory::name).orElse(c.id()))
                    .collect(Collectors.joining(", "))
                + ")";
      }
      lines.add(line);
    }
    return lines;
  }

  private List<String> measures(RecordDetails record) {
    return links.securityMeasures(record).stream()
        .map(SecurityMeasure::text)
        .map(this::plain)
        .toList();
  }

  private List<String> legalBasis(Activity a) {
    String basis = word("basis." + a.legalBasis().word());
    return List.of(
        basis
            + a.legitimateInterest()
                .map(i -> "; " + word("legitimateInterest") + colon() + i)
                .orElse(""));
  }

  /**
   * The notice's own sentences for the activity's legal basis and retention rules, so that its view
   * shows the record beside what the public is told.
   */
  private List<Register.Detail> noticeWords(Activity a) {
    List<Register.Detail> details = new ArrayList<>();
    List<String> basis =
        version.registers().legalBases().stream()
            .filter(b -> b.basis() == a.legalBasis())
            .map(b -> plain(b.text()))
            .toList();
    if (!basis.isEmpty()) details.add(new Register.Detail(word("noticeLegalBasis"), basis));
    List<String> retention =
        links.retention(a).stream()
            .map(
                r ->
                    plain(
                        new Prose(
                            r.statement()
                                .text()
                                .replace("{period}", format.period(r.period()))
                                .replace("{from}", Markdown.escape(r.from().orElse(""))),
                            r.statement().locator())))
            .toList();
    if (!retention.isEmpty()) details.add(new Register.Detail(word("noticeRetention"), retention));
    return details;
  }

  /** A CommonMark text of the policy as plain text, its links to sections filled in. */
  private String plain(Prose text) {
    return PLAIN.render(prose.document(text)).strip();
  }

  private List<String> orNotStated(List<String> lines) {
    return lines.isEmpty() ? List.of(word("notStated")) : lines;
  }

  private List<String> orNone(List<String> lines) {
    return lines.isEmpty() ? List.of(word("noneRecorded")) : lines;
  }

  private static List<String> optional(Optional<String> value) {
    return value.map(List::of).orElse(List.of());
  }

  private List<String> words(String... keys) {
    List<String> out = new ArrayList<>();
    for (String k : keys) out.add(word(k));
    return out;
  }

  /** ": " in English, " : " (with a no-break space) in French: the labels' colon. */
  private String colon() {
    return labels.get("colon");
  }

  private String word(String key) {
    String w = labels.get("register." + key);
    if (w == null) throw new IllegalStateException("no label register." + key);
    return w;
  }
}
