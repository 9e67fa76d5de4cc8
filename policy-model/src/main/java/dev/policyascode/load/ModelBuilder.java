package dev.policyascode.load;

import dev.policyascode.load.Value.Map_;
import dev.policyascode.load.Value.Scalar;
import dev.policyascode.model.*;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/** Builds model records from values the reader has already checked against {@link Format}. */
final class ModelBuilder {

  private ModelBuilder() {}

  static Policy policy(Map_ m, List<PolicyVersion> versions) {
    return policy(m, versions, List.of());
  }

  static Policy policy(Map_ m, List<PolicyVersion> versions, List<Translation> translations) {
    return new Policy(
        m.text("id"),
        m.text("title"),
        contact((Map_) m.fields().get("controller")),
        maps(m, "joint_controllers", ModelBuilder::contact),
        m.get("dpo").map(v -> contact((Map_) v)),
        m.get("representative").map(v -> contact((Map_) v)),
        m.get("supervisory_authority").map(v -> contact((Map_) v)),
        m.texts("languages"),
        m.optText("base_url"),
        m.optText("numbering").map(SectionNumbering::of).orElse(SectionNumbering.DOTTED_PERIOD),
        m.at(),
        versions,
        m.positions(),
        translations,
        java.util.Optional.empty());
  }

  static Translation translation(Map_ m) {
    return new Translation(
        m.text("version"),
        m.text("language"),
        Status.of(m.text("status")),
        maps(
            m,
            "texts",
            t ->
                new TranslatedText(
                    t.text("key"), t.optText("source"), t.prose("text"), t.at(), t.positions())),
        m.at(),
        m.positions());
  }

  static PolicyVersion version(Map_ m) {
    return new PolicyVersion(
        m.text("version"),
        LocalDate.parse(m.text("effective")),
        Status.of(m.text("status")),
        m.optProse("summary"),
        m.optProse("preamble"),
        registers(m),
        maps(m, "sections", ModelBuilder::section),
        m.at(),
        m.positions());
  }

  private static Registers registers(Map_ m) {
    return new Registers(
        maps(
            m,
            "definitions",
            d ->
                new Definition(
                    d.text("id"),
                    d.text("term"),
                    d.texts("aliases"),
                    d.prose("meaning"),
                    d.at(),
                    d.positions())),
        maps(
            m,
            "data_subjects",
            d ->
                new DataSubject(
                    d.text("id"), d.text("name"), d.optText("description"), d.at(), d.positions())),
        maps(
            m,
            "data_categories",
            d ->
                new DataCategory(
                    d.text("id"),
                    d.text("name"),
                    d.optText("description"),
                    d.texts("items"),
                    d.optText("required").map(Boolean::parseBoolean),
                    d.optText("special").map(Boolean::parseBoolean).orElse(false),
                    d.optText("special_condition").map(SpecialCondition::of),
                    d.optText("source"),
                    d.optText("dpv"),
                    d.at(),
                    d.positions())),
        maps(
            m,
            "activities",
            a ->
                new Activity(
                    a.text("id"),
                    a.text("name"),
                    a.texts("purposes"),
                    LegalBasis.of(a.text("legal_basis")),
                    a.optText("legitimate_interest"),
                    refs(a, "data_categories"),
                    refs(a, "data_subjects"),
                    refs(a, "recipients"),
                    refs(a, "retention"),
                    record(a),
                    a.optText("dpv"),
                    a.at(),
                    a.positions())),
        maps(
            m,
            "legal_bases",
            b ->
                new LegalBasisStatement(
                    LegalBasis.of(b.text("basis")), b.prose("text"), b.at(), b.positions())),
        maps(
            m,
            "retention",
            r ->
                new RetentionRule(
                    r.text("id"),
                    retentionPeriod(r),
                    r.optText("from"),
                    refs(r, "data_categories"),
                    r.prose("statement"),
                    r.at(),
                    r.positions())),
        maps(
            m,
            "recipient_categories",
            c -> new RecipientCategory(c.text("id"), c.text("name"), c.at(), c.positions())),
        maps(
            m,
            "recipients",
            r ->
                new Recipient(
                    r.text("id"),
                    r.text("name"),
                    new Ref(r.text("category"), r.at("category")),
                    RecipientRole.of(r.text("role")),
                    r.text("country"),
                    r.optText("international_organisation"),
                    r.optText("service"),
                    r.optText("dpv"),
                    r.at(),
                    r.positions())),
        maps(
            m,
            "transfers",
            t ->
                new Transfer(
                    new Ref(t.text("recipient"), t.at("recipient")),
                    t.optText("country"),
                    t.optText("international_organisation"),
                    Safeguard.of(t.text("safeguard")),
                    t.optText("details"),
                    t.at(),
                    t.positions())),
        maps(
            m,
            "rights",
            r ->
                new RightStatement(
                    Right.of(r.text("right")), r.text("label"), r.at(), r.positions())),
        maps(
            m,
            "security_measures",
            s -> new SecurityMeasure(s.text("id"), s.prose("text"), s.at(), s.positions())),
        maps(
            m,
            "processor_activities",
            a ->
                new ProcessorActivity(
                    a.text("id"),
                    a.text("name"),
                    a.optText("controller"),
                    a.texts("processing"),
                    refs(a, "recipients"),
                    record(a),
                    a.at(),
                    a.positions())),
        maps(m, "cookies", ModelBuilder::cookie));
  }

  /** The first of period, until and criterion; a rule reports a rule with none or several. */
  private static HowLong retentionPeriod(Map_ r) {
    if (r.optText("period").isPresent()) return new HowLong.Iso(r.text("period"));
    if (r.optText("until").isPresent()) {
      return new HowLong.Until(RetentionEvent.of(r.text("until")));
    }
    return r.optText("criterion")
        .<HowLong>map(HowLong.Criterion::new)
        .orElse(new HowLong.Unstated());
  }

  private static Cookie cookie(Map_ c) {
    String lifetime = c.text("lifetime");
    return new Cookie(
        c.text("id"),
        c.text("name"),
        c.optText("storage").orElse("cookie"),
        c.text("party").equals("third"),
        c.optText("recipient").map(id -> new Ref(id, c.at("recipient"))),
        c.texts("purposes"),
        lifetime.equals("session") ? new HowLong.Session() : new HowLong.Iso(lifetime),
        CookieGround.of(c.text("ground")),
        c.optText("keeps_choice").map(Boolean::parseBoolean).orElse(false),
        c.optText("activity").map(id -> new Ref(id, c.at("activity"))),
        c.at(),
        c.positions());
  }

  private static RecordDetails record(Map_ a) {
    return new RecordDetails(
        refs(a, "security_measures"),
        a.optText("owner"),
        a.optText("last_review").map(LocalDate::parse),
        a.optText("dpia"));
  }

  private static Section section(Map_ m) {
    return new Section(
        m.text("id"),
        m.text("title"),
        m.optProse("body"),
        maps(m, "sections", ModelBuilder::section),
        m.at(),
        m.at("title"),
        m.positions());
  }

  private static Contact contact(Map_ m) {
    return new Contact(
        m.text("name"),
        m.optText("address"),
        m.optText("email"),
        m.optText("phone"),
        m.optText("website"),
        m.optText("country"),
        m.at(),
        m.positions());
  }

  private static <T> List<T> maps(Map_ m, String key, Function<Map_, T> build) {
    return m.list(key).stream().map(v -> build.apply((Map_) v)).toList();
  }

  private static List<Ref> refs(Map_ m, String key) {
    return m.list(key).stream().map(v -> new Ref(((Scalar) v).text(), v.at())).toList();
  }
}
