package dev.policyascode.translate;

import dev.policyascode.model.Activity;
import dev.policyascode.model.DataCategory;
import dev.policyascode.model.DataSubject;
import dev.policyascode.model.Definition;
import dev.policyascode.model.LegalBasisStatement;
import dev.policyascode.model.PolicyVersion;
import dev.policyascode.model.ProcessorActivity;
import dev.policyascode.model.Prose;
import dev.policyascode.model.Recipient;
import dev.policyascode.model.RecipientCategory;
import dev.policyascode.model.Registers;
import dev.policyascode.model.RetentionRule;
import dev.policyascode.model.RightStatement;
import dev.policyascode.model.Section;
import dev.policyascode.model.SecurityMeasure;
import dev.policyascode.model.Status;
import dev.policyascode.model.Transfer;
import dev.policyascode.model.TranslatedText;
import dev.policyascode.model.Translation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A version as a reader of one of its translations sees it: every text under a key of {@link
 * SourceTexts} replaced by the translation's words, every fact (ids, periods, countries, bases,
 * references, which categories an activity uses) the version's own. A text the translation lacks
 * keeps the source's words, so a page is never missing a sentence; {@code translations-missing}
 * reports the gap before anything is published. Published only when both the version and the
 * translation are, so that a draft translation of a published version is shown as a draft.
 */
public final class TranslatedVersion {

  private final Translation translation;

  private TranslatedVersion(Translation translation) {
    this.translation = translation;
  }

  public static PolicyVersion of(PolicyVersion v, Translation t) {
    if (!t.version().equals(v.id())) {
      throw new IllegalArgumentException(t.lockId() + " does not translate version " + v.id());
    }
    return new TranslatedVersion(t).version(v);
  }

  private PolicyVersion version(PolicyVersion v) {
    Registers r = v.registers();
    Registers words =
        new Registers(
            map(r.definitions(), this::definition),
            map(r.dataSubjects(), this::dataSubject),
            map(r.dataCategories(), this::dataCategory),
            map(r.activities(), this::activity),
            map(r.legalBases(), this::legalBasis),
            map(r.retention(), this::retention),
            map(r.recipientCategories(), this::recipientCategory),
            map(r.recipients(), this::recipient),
            map(r.transfers(), this::transfer),
            map(r.rights(), this::right),
            map(r.securityMeasures(), this::securityMeasure),
            map(r.processorActivities(), this::processorActivity),
            // the cookies' purposes are not translation keys yet (docs/translations.md): the
            // source's words stay, so that the cookie table is never lost from a translated page
            r.cookies());
    Status status = v.isPublished() && translation.isPublished() ? Status.PUBLISHED : Status.DRAFT;
    return new PolicyVersion(
        v.id(),
        v.effective(),
        status,
        v.summary().map(p -> prose("summary", p)),
        v.preamble().map(p -> prose("preamble", p)),
        words,
        map(v.sections(), this::section),
        v.at(),
        v.positions());
  }

  private Section section(Section s) {
    String k = "section." + s.id();
    return new Section(
        s.id(),
        word(k + ".title", s.title()),
        s.body().map(b -> prose(k + ".body", b)),
        map(s.sections(), this::section),
        s.at(),
        s.titleAt(),
        s.positions());
  }

  private Definition definition(Definition d) {
    String k = "definition." + d.id();
    // Aliases are not translated yet (docs/translations.md): the source's stay.
    return new Definition(
        d.id(),
        word(k + ".term", d.term()),
        d.aliases(),
        prose(k + ".meaning", d.meaning()),
        d.at(),
        d.positions());
  }

  private DataSubject dataSubject(DataSubject d) {
    String k = "data-subject." + d.id();
    return new DataSubject(
        d.id(),
        word(k + ".name", d.name()),
        optional(k + ".description", d.description()),
        d.at(),
        d.positions());
  }

  private DataCategory dataCategory(DataCategory c) {
    String k = "data-category." + c.id();
    return new DataCategory(
        c.id(),
        word(k + ".name", c.name()),
        optional(k + ".description", c.description()),
        items(k + ".items", c.items()),
        c.required(),
        c.special(),
        c.specialCondition(),
        c.source(),
        c.dpv(),
        c.at(),
        c.positions());
  }

  private Activity activity(Activity a) {
    String k = "activity." + a.id();
    return new Activity(
        a.id(),
        word(k + ".name", a.name()),
        items(k + ".purposes", a.purposes()),
        a.legalBasis(),
        optional(k + ".legitimate_interest", a.legitimateInterest()),
        a.dataCategories(),
        a.dataSubjects(),
        a.recipients(),
        a.retention(),
        a.record(),
        a.dpv(),
        a.at(),
        a.positions());
  }

  private LegalBasisStatement legalBasis(LegalBasisStatement b) {
    return new LegalBasisStatement(
        b.basis(),
        prose("legal-basis." + b.basis().word() + ".text", b.text()),
        b.at(),
        b.positions());
  }

  private RetentionRule retention(RetentionRule x) {
    String k = "retention." + x.id();
    return new RetentionRule(
        x.id(),
        x.period(),
        optional(k + ".from", x.from()),
        x.dataCategories(),
        prose(k + ".statement", x.statement()),
        x.at(),
        x.positions());
  }

  private RecipientCategory recipientCategory(RecipientCategory x) {
    return new RecipientCategory(
        x.id(), word("recipient-category." + x.id() + ".name", x.name()), x.at(), x.positions());
  }

  private Recipient recipient(Recipient x) {
    String k = "recipient." + x.id();
    return new Recipient(
        x.id(),
        word(k + ".name", x.name()),
        x.category(),
        x.role(),
        x.country(),
        x.internationalOrganisation(),
        optional(k + ".service", x.service()),
        x.dpv(),
        x.at(),
        x.positions());
  }

  private Transfer transfer(Transfer t) {
    String k = "transfer." + t.recipient().id() + "-" + t.destination().toLowerCase() + ".details";
    return new Transfer(
        t.recipient(),
        t.country(),
        t.internationalOrganisation(),
        t.safeguard(),
        optional(k, t.details()),
        t.at(),
        t.positions());
  }

  private RightStatement right(RightStatement x) {
    return new RightStatement(
        x.right(), word("right." + x.right().word() + ".label", x.label()), x.at(), x.positions());
  }

  private SecurityMeasure securityMeasure(SecurityMeasure x) {
    return new SecurityMeasure(
        x.id(), prose("security-measure." + x.id() + ".text", x.text()), x.at(), x.positions());
  }

  private ProcessorActivity processorActivity(ProcessorActivity p) {
    String k = "processor-activity." + p.id();
    return new ProcessorActivity(
        p.id(),
        word(k + ".name", p.name()),
        optional(k + ".controller", p.controller()),
        items(k + ".processing", p.processing()),
        p.recipients(),
        p.record(),
        p.at(),
        p.positions());
  }

  private Prose prose(String key, Prose source) {
    return translation.text(key).map(TranslatedText::text).orElse(source);
  }

  /** A one-line word (a title, a name): a block scalar's final line break is not part of it. */
  private String word(String key, String source) {
    return translation.text(key).map(t -> t.text().text().strip()).orElse(source);
  }

  private Optional<String> optional(String key, Optional<String> source) {
    return source.map(s -> word(key, s));
  }

  private List<String> items(String key, List<String> source) {
    List<String> out = new ArrayList<>(source.size());
    for (int i = 0; i < source.size(); i++) out.add(word(key + "." + (i + 1), source.get(i)));
    return out;
  }

  private static <T> List<T> map(List<T> in, java.util.function.UnaryOperator<T> f) {
    return in.stream().map(f).toList();
  }
}
