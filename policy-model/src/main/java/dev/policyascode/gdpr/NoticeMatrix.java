package dev.policyascode.gdpr;

import dev.policyascode.load.EmbedReader;
import dev.policyascode.model.Activity;
import dev.policyascode.model.Contact;
import dev.policyascode.model.DataCategory;
import dev.policyascode.model.LegalBasis;
import dev.policyascode.model.Policy;
import dev.policyascode.model.PolicyVersion;
import dev.policyascode.model.Recipient;
import dev.policyascode.model.Right;
import dev.policyascode.model.RightStatement;
import dev.policyascode.model.Section;
import dev.policyascode.model.Transfer;
import dev.policyascode.text.Numbering;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The compliance matrix of one version: every Art. 13 item (and Art. 14's, where some data is not
 * collected from the person), with the data that covers it and the sections that show it. The
 * {@code notice-missing-item} rule reports its missing items; the compliance page shows it whole.
 */
public final class NoticeMatrix {

  /** How far an item is met. */
  public enum Status {
    COVERED,
    /** Met for some entries only; another rule reports each entry that lacks it. */
    PARTIAL,
    MISSING,
    /** The item's condition is not met, so nothing is owed. */
    NOT_APPLICABLE,
    /** Not stated, and the data cannot tell whether it is owed (13(2)(f)). */
    NOT_STATED;

    public String word() {
      return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
  }

  /** A section that shows an item: its id, computed number and title. */
  public record SectionRef(String id, String number, String title) {}

  /**
   * One row. {@code evidence} lists what in the data covers the item, in plain words; {@code gap}
   * says what lacks; {@code reportedBy} names the rule that reports the gap entry by entry, when it
   * is not {@code notice-missing-item}.
   */
  public record Row(
      NoticeChecklist.Item item,
      Status status,
      List<String> evidence,
      List<SectionRef> sections,
      String gap,
      Optional<String> reportedBy) {
    public Row {
      Objects.requireNonNull(item, "item must not be null");
      Objects.requireNonNull(status, "status must not be null");
      evidence = List.copyOf(evidence);
      sections = List.copyOf(sections);
      Objects.requireNonNull(gap, "gap must not be null");
    }
  }

  private final Policy policy;
  private final PolicyVersion version;
  private final Numbering numbering;
  private Map<SectionRef, Set<String>> embedded; // built on first use; a matrix is one thread's

  private NoticeMatrix(Policy policy, PolicyVersion version, Numbering numbering) {
    this.policy = policy;
    this.version = version;
    this.numbering = numbering;
  }

  /** The ids of the items this class knows how to check, in checklist order. */
  static final List<String> CHECKED =
      List.of(
          "13(1)(a)",
          "13(1)(b)",
          "13(1)(c)",
          "13(1)(d)",
          "13(1)(e)",
          "13(1)(f)",
          "13(2)(a)",
          "13(2)(b)",
          "13(2)(c)",
          "13(2)(d)",
          "13(2)(e)",
          "13(2)(f)",
          "14(1)(d)",
          "14(2)(f)");

  /** The rows of {@code version}: every Art. 13 item, and Art. 14's when they apply. */
  public static List<Row> of(Policy policy, PolicyVersion version, Numbering numbering) {
    NoticeMatrix m = new NoticeMatrix(policy, version, numbering);
    boolean art14 = !m.notFromPerson().isEmpty();
    List<Row> rows = new ArrayList<>();
    for (NoticeChecklist.Item item : NoticeChecklist.items()) {
      if (item.article14() && !art14) continue;
      rows.add(m.row(item));
    }
    return rows;
  }

  private Row row(NoticeChecklist.Item item) {
    return switch (item.id()) {
      case "13(1)(a)" -> controller(item);
      case "13(1)(b)" -> dpo(item);
      case "13(1)(c)" -> purposes(item);
      case "13(1)(d)" -> interests(item);
      case "13(1)(e)" -> recipients(item);
      case "13(1)(f)" -> transfers(item);
      case "13(2)(a)" -> retention(item);
      case "13(2)(b)" -> rights(item);
      case "13(2)(c)" -> withdrawal(item);
      case "13(2)(d)" -> complaint(item);
      case "13(2)(e)" -> required(item);
      case "13(2)(f)" -> automated(item);
      case "14(1)(d)" -> categories(item);
      case "14(2)(f)" -> sources(item);
      default -> throw new IllegalStateException("no check for checklist item " + item.id());
    };
  }

  private Row controller(NoticeChecklist.Item item) {
    Contact c = policy.controller();
    List<String> evidence = new ArrayList<>();
    evidence.add("controller: " + describe(c));
    boolean reachable = c.address().isPresent() || c.email().isPresent() || c.phone().isPresent();
    boolean outside = c.country().map(k -> !Eea.contains(k, version.effective())).orElse(false);
    policy.representative().ifPresent(r -> evidence.add("representative: " + describe(r)));
    if (!reachable) {
      return row(
          item,
          Status.MISSING,
          evidence,
          "the controller in policy.yaml has no address, email or phone");
    }
    if (outside && policy.representative().isEmpty()) {
      return row(
          item,
          Status.MISSING,
          evidence,
          "the controller is outside the EEA and policy.yaml names no representative (Art. 27)");
    }
    return row(item, Status.COVERED, evidence, "");
  }

  private Row dpo(NoticeChecklist.Item item) {
    Optional<Contact> dpo = policy.dpo();
    if (dpo.isEmpty()) {
      return row(
          item,
          Status.NOT_APPLICABLE,
          List.of(),
          "policy.yaml names no data protection officer; add one under dpo if one is designated (Art. 37)");
    }
    Contact d = dpo.get();
    boolean reachable = d.address().isPresent() || d.email().isPresent() || d.phone().isPresent();
    return row(
        item,
        reachable ? Status.COVERED : Status.MISSING,
        List.of("dpo: " + describe(d)),
        reachable ? "" : "the dpo in policy.yaml has no address, email or phone");
  }

  private Row purposes(NoticeChecklist.Item item) {
    List<Activity> activities = version.registers().activities();
    List<String> evidence =
        activities.stream()
            .map(
                a ->
                    a.name()
                        + ": "
                        + String.join("; ", a.purposes())
                        + " ("
                        + a.legalBasis().word()
                        + ")")
            .toList();
    return row(
        item,
        activities.isEmpty() ? Status.MISSING : Status.COVERED,
        evidence,
        activities.isEmpty()
            ? "no processing activity is listed under activities, so no purpose or legal basis is stated"
            : "",
        "activities",
        "legal-bases");
  }

  private Row interests(NoticeChecklist.Item item) {
    List<Activity> li = withBasis(EnumSet.of(LegalBasis.LEGITIMATE_INTERESTS));
    if (li.isEmpty())
      return row(
          item, Status.NOT_APPLICABLE, List.of(), "no activity rests on legitimate interests");
    List<String> evidence = new ArrayList<>();
    List<String> lacking = new ArrayList<>();
    for (Activity a : li) {
      if (a.legitimateInterest().isPresent())
        evidence.add(a.name() + ": " + a.legitimateInterest().get());
      else lacking.add(a.name());
    }
    return partial(
        item,
        evidence,
        lacking,
        "activities on legitimate interests without the interest named: ",
        "datamap-legitimate-interest",
        "legal-bases",
        "activities");
  }

  private Row recipients(NoticeChecklist.Item item) {
    List<String> evidence = new ArrayList<>();
    version.registers().recipientCategories().forEach(c -> evidence.add("category: " + c.name()));
    version
        .registers()
        .recipients()
        .forEach(r -> evidence.add(r.name() + " (" + r.country() + ")"));
    return row(
        item,
        evidence.isEmpty() ? Status.MISSING : Status.COVERED,
        evidence,
        evidence.isEmpty()
            ? "no recipient or recipient category is listed; list who receives the data, or the categories of recipients"
            : "",
        "recipients",
        "recipient-categories");
  }

  private Row transfers(NoticeChecklist.Item item) {
    List<Transfer> transfers = version.registers().transfers();
    List<Recipient> outside =
        version.registers().recipients().stream()
            .filter(r -> !Eea.contains(r.country(), version.effective()))
            .toList();
    if (outside.isEmpty() && transfers.isEmpty()) {
      return row(item, Status.NOT_APPLICABLE, List.of(), "every recipient is in the EEA");
    }
    Set<String> covered =
        transfers.stream().map(t -> t.recipient().id()).collect(Collectors.toSet());
    List<String> evidence =
        transfers.stream()
            .map(
                t ->
                    t.recipient().id()
                        + " to "
                        + t.country()
                        + ": "
                        + t.safeguard().word()
                        + t.details().map(d -> " (" + d + ")").orElse(""))
            .toList();
    List<String> lacking =
        outside.stream()
            .filter(r -> !covered.contains(r.id()))
            .map(r -> r.name() + " (" + r.country() + ")")
            .toList();
    return partial(
        item,
        evidence,
        lacking,
        "recipients outside the EEA without a transfer: ",
        "transfers-missing-safeguard");
  }

  private Row retention(NoticeChecklist.Item item) {
    if (version.registers().retention().isEmpty()) {
      return row(item, Status.MISSING, List.of(), "no retention rule is listed under retention");
    }
    List<String> evidence =
        version.registers().retention().stream()
            .map(r -> r.id() + ": " + r.period() + r.from().map(f -> " from " + f).orElse(""))
            .toList();
    List<String> lacking =
        version.registers().activities().stream()
            .filter(a -> a.retention().isEmpty())
            .map(Activity::name)
            .toList();
    return partial(
        item,
        evidence,
        lacking,
        "activities without a retention rule: ",
        "retention-missing",
        "retention");
  }

  private Row rights(NoticeChecklist.Item item) {
    Set<Right> owed =
        EnumSet.of(Right.ACCESS, Right.RECTIFICATION, Right.ERASURE, Right.RESTRICTION);
    if (!withBasis(EnumSet.of(LegalBasis.LEGITIMATE_INTERESTS, LegalBasis.PUBLIC_TASK)).isEmpty())
      owed.add(Right.OBJECTION);
    if (!withBasis(EnumSet.of(LegalBasis.CONSENT, LegalBasis.CONTRACT)).isEmpty())
      owed.add(Right.PORTABILITY);
    Set<Right> stated = stated();
    List<String> evidence =
        version.registers().rights().stream()
            .filter(r -> owed.contains(r.right()))
            .map(r -> r.right().word() + ": " + r.label())
            .toList();
    List<String> lacking = owed.stream().filter(r -> !stated.contains(r)).map(Right::word).toList();
    return row(
        item,
        lacking.isEmpty() ? Status.COVERED : Status.MISSING,
        evidence,
        lacking.isEmpty() ? "" : "the rights list lacks: " + String.join(", ", lacking),
        "rights");
  }

  private Row withdrawal(NoticeChecklist.Item item) {
    if (withBasis(EnumSet.of(LegalBasis.CONSENT)).isEmpty()) {
      return row(item, Status.NOT_APPLICABLE, List.of(), "no activity rests on consent");
    }
    boolean ok = stated().contains(Right.WITHDRAW_CONSENT);
    Row r =
        row(
            item,
            ok ? Status.COVERED : Status.MISSING,
            labels(Right.WITHDRAW_CONSENT),
            ok ? "" : "activities rest on consent, but the rights list has no withdraw-consent",
            "rights");
    return ok ? r : withReporter(r, "datamap-consent-withdrawal");
  }

  private Row complaint(NoticeChecklist.Item item) {
    List<String> evidence = new ArrayList<>(labels(Right.COMPLAINT));
    policy
        .supervisoryAuthority()
        .ifPresent(a -> evidence.add("supervisory authority: " + describe(a)));
    boolean ok = stated().contains(Right.COMPLAINT);
    return row(
        item,
        ok ? Status.COVERED : Status.MISSING,
        evidence,
        ok ? "" : "the rights list has no complaint",
        "rights");
  }

  private Row required(NoticeChecklist.Item item) {
    List<DataCategory> fromPerson =
        version.registers().dataCategories().stream().filter(c -> c.source().isEmpty()).toList();
    if (fromPerson.isEmpty())
      return row(
          item, Status.NOT_APPLICABLE, List.of(), "no data category is collected from the person");
    List<String> evidence =
        fromPerson.stream()
            .filter(c -> c.required().isPresent())
            .map(c -> c.name() + ": " + (c.required().get() ? "required" : "optional"))
            .toList();
    return row(
        item,
        evidence.isEmpty() ? Status.MISSING : Status.COVERED,
        evidence,
        evidence.isEmpty()
            ? "no data category says whether it is required; write required: true or false on the ones people provide"
            : "",
        "data-categories");
  }

  private Row automated(NoticeChecklist.Item item) {
    boolean ok = stated().contains(Right.AUTOMATED_DECISIONS);
    return row(
        item,
        ok ? Status.COVERED : Status.NOT_STATED,
        labels(Right.AUTOMATED_DECISIONS),
        ok
            ? ""
            : "not stated; owed only where automated decisions or profiling exist, which the data cannot tell",
        "rights");
  }

  private Row categories(NoticeChecklist.Item item) {
    List<String> evidence =
        version.registers().dataCategories().stream().map(DataCategory::name).toList();
    return row(
        item,
        evidence.isEmpty() ? Status.MISSING : Status.COVERED,
        evidence,
        "",
        "data-categories",
        "data-items");
  }

  private Row sources(NoticeChecklist.Item item) {
    List<String> evidence =
        notFromPerson().stream().map(c -> c.name() + ": " + c.source().orElseThrow()).toList();
    return row(item, Status.COVERED, evidence, "", "data-categories");
  }

  private List<DataCategory> notFromPerson() {
    return version.registers().dataCategories().stream()
        .filter(c -> c.source().isPresent())
        .toList();
  }

  private List<Activity> withBasis(Set<LegalBasis> bases) {
    return version.registers().activities().stream()
        .filter(a -> bases.contains(a.legalBasis()))
        .toList();
  }

  private Set<Right> stated() {
    return version.registers().rights().stream()
        .map(RightStatement::right)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Right.class)));
  }

  private List<String> labels(Right right) {
    return version.registers().rights().stream()
        .filter(r -> r.right() == right)
        .map(RightStatement::label)
        .toList();
  }

  private Row partial(
      NoticeChecklist.Item item,
      List<String> evidence,
      List<String> lacking,
      String lead,
      String reporter,
      String... embeds) {
    if (lacking.isEmpty()) return row(item, Status.COVERED, evidence, "", embeds);
    Status s = evidence.isEmpty() ? Status.MISSING : Status.PARTIAL;
    return withReporter(
        row(item, s, evidence, lead + String.join(", ", lacking), embeds), reporter);
  }

  private static Row withReporter(Row r, String rule) {
    return new Row(r.item(), r.status(), r.evidence(), r.sections(), r.gap(), Optional.of(rule));
  }

  private Row row(
      NoticeChecklist.Item item,
      Status status,
      List<String> evidence,
      String gap,
      String... embeds) {
    return new Row(item, status, evidence, showing(Set.of(embeds)), gap, Optional.empty());
  }

  /** The sections whose text embeds a list, paragraphs or table of one of {@code sources}. */
  private List<SectionRef> showing(Set<String> sources) {
    if (sources.isEmpty()) return List.of();
    Set<SectionRef> found = new LinkedHashSet<>();
    for (Map.Entry<SectionRef, Set<String>> e : embedded().entrySet()) {
      if (e.getValue().stream().anyMatch(sources::contains)) found.add(e.getKey());
    }
    return List.copyOf(found);
  }

  /** Each section with a body and the sources its blocks embed; read once, for every row. */
  private Map<SectionRef, Set<String>> embedded() {
    if (embedded == null) {
      embedded = new LinkedHashMap<>();
      for (Map.Entry<String, Section> e : numbering.all().entrySet()) {
        Section s = e.getValue();
        if (s.body().isEmpty()) continue;
        Set<String> sources = new LinkedHashSet<>();
        for (EmbedReader.Block b : EmbedReader.blocks(s.body().get().text())) {
          EmbedReader.read(b.content(), s.at(), f -> {}).ifPresent(x -> sources.add(x.source()));
        }
        embedded.put(new SectionRef(s.id(), e.getKey(), s.title()), sources);
      }
    }
    return embedded;
  }

  private static String describe(Contact c) {
    List<String> parts = new ArrayList<>(List.of(c.name()));
    for (Optional<String> p : List.of(c.address(), c.email(), c.phone(), c.website())) {
      p.ifPresent(parts::add);
    }
    return String.join(", ", parts);
  }
}
