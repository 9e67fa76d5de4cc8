package dev.policyascode.register;

import dev.policyascode.load.Organisations;
import dev.policyascode.model.Activity;
import dev.policyascode.model.Contact;
import dev.policyascode.model.DataCategory;
import dev.policyascode.model.DataSubject;
import dev.policyascode.model.Policy;
import dev.policyascode.model.PolicyVersion;
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
 * How each entry of a version's registers reads in a cell of the record: a party with its contact
 * details, a data category with its items, a recipient with its country and role, a retention rule
 * with its period in words. {@link RecordBuilder} places the cells; the words are made here, in the
 * labels' language.
 */
final class RecordWords {

  private static final TextContentRenderer PLAIN = dev.policyascode.text.Markdown.PLAIN_TEXT;

  private final PolicyVersion version;
  private final Map<String, String> labels;
  private final LanguageFormat format;
  private final Links links;
  private final ProseProcessor prose;

  RecordWords(Policy policy, PolicyVersion version, Map<String, String> labels) {
    this.version = version;
    this.labels = labels;
    this.format = LanguageFormat.of(policy.language());
    this.links = new Links(version.registers());
    this.prose = new ProseProcessor(version, policy.language());
  }

  /** "Controller: name, address, ..." */
  String party(String role, Contact c) {
    return word(role) + colon() + contact(c);
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

  List<String> subjects(Activity a) {
    return a.dataSubjects().stream().map(this::subject).flatMap(Optional::stream).toList();
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

  List<String> categories(Activity a) {
    return a.dataCategories().stream()
        .map(ref -> links.dataCategory(ref.id()).map(this::described))
        .flatMap(Optional::stream)
        .toList();
  }

  private String described(DataCategory c) {
    String text = c.name();
    if (c.special()) text += " (" + word("special") + ")";
    if (!c.items().isEmpty()) return text + colon() + String.join("; ", c.items());
    return text + c.description().map(d -> colon() + d).orElse("");
  }

  List<String> recipients(List<Ref> refs) {
    List<String> lines = new ArrayList<>();
    for (Ref ref : refs) {
      links
          .recipientCategory(ref.id())
          .ifPresent(
              c -> {
                List<String> named = namedRecipients(List.of(ref));
                lines.add(c.name() + (named.isEmpty() ? "" : colon() + String.join("; ", named)));
              });
      links.recipient(ref.id()).ifPresent(r -> lines.add(recipient(r)));
    }
    return lines;
  }

  /** The named recipients the ids lead to, each with its country and role. */
  List<String> namedRecipients(List<Ref> refs) {
    return links.namedRecipients(refs).stream().map(this::recipient).toList();
  }

  private String recipient(Recipient r) {
    List<String> about = new ArrayList<>();
    about.add(r.country() + (Links.inThirdCountry(r.country()) ? ", " + word("outsideEea") : ""));
    r.internationalOrganisation().map(o -> Organisations.name(o).orElse(o)).ifPresent(about::add);
    about.add(word("role." + r.role().word()));
    r.service().ifPresent(about::add);
    return r.name() + " (" + String.join(", ", about) + ")";
  }

  List<String> transfers(List<Ref> refs) {
    List<String> lines = new ArrayList<>();
    for (Transfer t : links.transfers(refs)) {
      String to =
          links.recipient(t.recipient().id()).map(Recipient::name).orElse(t.recipient().id());
      lines.add(
          to
              + ", "
              + Organisations.label(t)
              + colon()
              + word("safeguard." + t.safeguard().word())
              + t.details().map(d -> "; " + d).orElse(""));
    }
    return orNone(lines);
  }

  List<String> timeLimits(Activity a) {
    List<String> lines = new ArrayList<>();
    for (RetentionRule r : links.retention(a)) {
      String line =
          format.howLong(r.period()) + r.from().map(f -> " " + word("from") + " " + f).orElse("");
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

  List<String> measures(RecordDetails record) {
    return links.securityMeasures(record).stream()
        .map(SecurityMeasure::text)
        .map(this::plain)
        .toList();
  }

  List<String> legalBasis(Activity a) {
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
  List<Register.Detail> noticeWords(Activity a) {
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
                                .replace("{period}", format.howLong(r.period()))
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

  /** The short cells of the summary: names only; the sheet gives the rest. */
  SummaryRow summary(Activity a) {
    List<String> data =
        a.dataCategories().stream()
            .map(ref -> links.dataCategory(ref.id()))
            .flatMap(Optional::stream)
            .map(c -> c.name() + (c.special() ? " (" + word("special") + ")" : ""))
            .toList();
    List<String> recipients = new ArrayList<>();
    for (Ref ref : a.recipients()) {
      links.recipientCategory(ref.id()).ifPresent(c -> recipients.add(c.name()));
      links.recipient(ref.id()).ifPresent(r -> recipients.add(r.name()));
    }
    boolean outside =
        links.namedRecipients(a.recipients()).stream().anyMatch(Links::inThirdCountry);
    List<String> periods =
        links.retention(a).stream()
            .map(
                r ->
                    format.howLong(r.period())
                        + r.from().map(f -> " " + word("from") + " " + f).orElse(""))
            .toList();
    return new SummaryRow(
        a.id(),
        a.name(),
        orNotStated(a.purposes()),
        word("basis." + a.legalBasis().word()),
        orNotStated(data),
        orNone(recipients),
        word(outside ? "yes" : "no"),
        orNotStated(periods));
  }

  List<String> orNotStated(List<String> lines) {
    return lines.isEmpty() ? List.of(word("notStated")) : lines;
  }

  List<String> orNone(List<String> lines) {
    return lines.isEmpty() ? List.of(word("noneRecorded")) : lines;
  }

  List<String> words(String... keys) {
    List<String> out = new ArrayList<>();
    for (String k : keys) out.add(word(k));
    return out;
  }

  /** ": " in English, " : " (with a no-break space) in French: the labels' colon. */
  String colon() {
    return labels.get("colon");
  }

  String word(String key) {
    String w = labels.get("register." + key);
    if (w == null) throw new IllegalStateException("no label register." + key);
    return w;
  }
}
