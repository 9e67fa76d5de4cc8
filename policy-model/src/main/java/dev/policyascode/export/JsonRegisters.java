package dev.policyascode.export;

import static dev.policyascode.export.JsonExport.put;

import dev.policyascode.model.Activity;
import dev.policyascode.model.Cookie;
import dev.policyascode.model.DataCategory;
import dev.policyascode.model.HowLong;
import dev.policyascode.model.ProcessorActivity;
import dev.policyascode.model.Recipient;
import dev.policyascode.model.RecordDetails;
import dev.policyascode.model.Ref;
import dev.policyascode.model.Registers;
import dev.policyascode.model.RetentionRule;
import dev.policyascode.model.Transfer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The registers of a version as the JSON export writes them: one array per register. */
final class JsonRegisters {

  private JsonRegisters() {}

  static Map<String, Object> of(Registers r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put(
        "definitions",
        map(
            r.definitions(),
            d -> {
              Map<String, Object> x = new LinkedHashMap<>();
              x.put("id", d.id());
              x.put("term", d.term());
              x.put("aliases", d.aliases());
              x.put("meaning", d.meaning().text());
              return x;
            }));
    m.put(
        "data_subjects",
        map(
            r.dataSubjects(),
            s -> {
              Map<String, Object> x = new LinkedHashMap<>();
              x.put("id", s.id());
              x.put("name", s.name());
              put(x, "description", s.description());
              x.put("article", Articles.DATA_SUBJECTS);
              return x;
            }));
    m.put("data_categories", map(r.dataCategories(), JsonRegisters::category));
    m.put("activities", map(r.activities(), JsonRegisters::activity));
    m.put(
        "legal_bases",
        map(
            r.legalBases(),
            b -> {
              Map<String, Object> x = new LinkedHashMap<>();
              x.put("basis", b.basis().word());
              x.put("article", Articles.of(b.basis()));
              x.put("text", b.text().text());
              return x;
            }));
    m.put("retention", map(r.retention(), JsonRegisters::retention));
    m.put(
        "recipient_categories",
        map(
            r.recipientCategories(),
            c -> {
              Map<String, Object> x = new LinkedHashMap<>();
              x.put("id", c.id());
              x.put("name", c.name());
              x.put("article", Articles.RECIPIENTS);
              return x;
            }));
    m.put("recipients", map(r.recipients(), JsonRegisters::recipient));
    m.put("transfers", map(r.transfers(), JsonRegisters::transfer));
    // only when the version lists them, so that exports of versions without a cookie register stay
    // as they were
    if (!r.cookies().isEmpty()) m.put("cookies", map(r.cookies(), JsonRegisters::cookie));
    m.put(
        "rights",
        map(
            r.rights(),
            s -> {
              Map<String, Object> x = new LinkedHashMap<>();
              x.put("right", s.right().word());
              x.put("label", s.label());
              x.put("article", Articles.of(s.right()));
              return x;
            }));
    m.put(
        "security_measures",
        map(
            r.securityMeasures(),
            s -> {
              Map<String, Object> x = new LinkedHashMap<>();
              x.put("id", s.id());
              x.put("text", s.text().text());
              x.put("article", Articles.SECURITY);
              return x;
            }));
    m.put("processor_activities", map(r.processorActivities(), JsonRegisters::processorActivity));
    return m;
  }

  private static Map<String, Object> category(DataCategory c) {
    Map<String, Object> x = new LinkedHashMap<>();
    x.put("id", c.id());
    x.put("name", c.name());
    put(x, "description", c.description());
    x.put("items", c.items());
    c.required().ifPresent(v -> x.put("required", v));
    x.put("special", c.special());
    c.specialCondition().ifPresent(v -> x.put("special_condition", v.word()));
    put(x, "source", c.source());
    put(x, "dpv", c.dpv());
    List<String> articles = new java.util.ArrayList<>(List.of(Articles.DATA_CATEGORIES));
    if (c.required().isPresent()) articles.add(Articles.REQUIRED);
    if (c.special()) articles.add(Articles.SPECIAL);
    c.specialCondition().ifPresent(v -> articles.add(v.article()));
    if (c.source().isPresent()) articles.add(Articles.SOURCE);
    x.put("articles", articles);
    return x;
  }

  private static Map<String, Object> activity(Activity a) {
    Map<String, Object> x = new LinkedHashMap<>();
    x.put("id", a.id());
    x.put("name", a.name());
    x.put("purposes", a.purposes());
    x.put("purposes_article", Articles.PURPOSES);
    x.put("legal_basis", a.legalBasis().word());
    x.put("legal_basis_article", Articles.of(a.legalBasis()));
    a.legitimateInterest()
        .ifPresent(
            v -> {
              x.put("legitimate_interest", v);
              x.put("legitimate_interest_article", Articles.LEGITIMATE_INTEREST);
            });
    x.put("data_categories", ids(a.dataCategories()));
    x.put("data_subjects", ids(a.dataSubjects()));
    x.put("recipients", ids(a.recipients()));
    x.put("retention", ids(a.retention()));
    put(x, "dpv", a.dpv());
    x.put("record", record(a.record(), Articles.RECORD));
    return x;
  }

  private static Map<String, Object> record(RecordDetails d, String article) {
    Map<String, Object> x = new LinkedHashMap<>();
    x.put("security_measures", ids(d.securityMeasures()));
    put(x, "owner", d.owner());
    put(x, "last_review", d.lastReview());
    d.dpia()
        .ifPresent(
            v -> {
              x.put("dpia", v);
              x.put("dpia_article", Articles.DPIA);
            });
    x.put("article", article);
    return x;
  }

  private static Map<String, Object> retention(RetentionRule r) {
    Map<String, Object> x = new LinkedHashMap<>();
    x.put("id", r.id());
    howLong(x, r.period());
    put(x, "from", r.from());
    x.put("data_categories", ids(r.dataCategories()));
    x.put("statement", r.statement().text());
    x.put("article", Articles.RETENTION);
    return x;
  }

  /** One key for each form a period may take, so that a reader never parses words for a length. */
  private static void howLong(Map<String, Object> x, HowLong period) {
    if (period instanceof HowLong.Iso iso) {
      x.put("period", iso.period());
    } else if (period instanceof HowLong.Until until) {
      x.put("until", until.event().word());
    } else if (period instanceof HowLong.Criterion criterion) {
      x.put("criterion", criterion.text());
    } else if (period instanceof HowLong.Session) {
      x.put("until", "session-end");
    }
  }

  /** A cookie or other device storage; its ground is Art. 5(3) ePrivacy, not a GDPR article. */
  private static Map<String, Object> cookie(Cookie c) {
    Map<String, Object> x = new LinkedHashMap<>();
    x.put("id", c.id());
    x.put("name", c.name());
    x.put("storage", c.storage());
    x.put("third_party", c.thirdParty());
    c.recipient().ifPresent(v -> x.put("recipient", v.id()));
    x.put("purposes", c.purposes());
    howLong(x, c.lifetime());
    x.put("ground", c.ground().word());
    x.put("keeps_choice", c.keepsChoice());
    c.activity().ifPresent(v -> x.put("activity", v.id()));
    return x;
  }

  private static Map<String, Object> recipient(Recipient r) {
    Map<String, Object> x = new LinkedHashMap<>();
    x.put("id", r.id());
    x.put("name", r.name());
    x.put("category", r.category().id());
    x.put("role", r.role().word());
    x.put("role_article", Articles.of(r.role()));
    x.put("country", r.country());
    put(x, "international_organisation", r.internationalOrganisation());
    put(x, "service", r.service());
    put(x, "dpv", r.dpv());
    x.put("article", Articles.RECIPIENTS);
    return x;
  }

  private static Map<String, Object> transfer(Transfer t) {
    Map<String, Object> x = new LinkedHashMap<>();
    // A recipient has one transfer per country: together they name it across versions.
    x.put("id", t.recipient().id() + "@" + t.destination());
    x.put("recipient", t.recipient().id());
    put(x, "country", t.country());
    put(x, "international_organisation", t.internationalOrganisation());
    x.put("safeguard", t.safeguard().word());
    x.put("safeguard_article", Articles.of(t.safeguard()));
    put(x, "details", t.details());
    x.put("article", Articles.TRANSFERS);
    return x;
  }

  private static Map<String, Object> processorActivity(ProcessorActivity p) {
    Map<String, Object> x = new LinkedHashMap<>();
    x.put("id", p.id());
    x.put("name", p.name());
    put(x, "controller", p.controller());
    x.put("processing", p.processing());
    x.put("recipients", ids(p.recipients()));
    x.put("record", record(p.record(), Articles.PROCESSOR_RECORD));
    return x;
  }

  private static List<String> ids(List<Ref> refs) {
    return refs.stream().map(Ref::id).toList();
  }

  private static <T> List<Object> map(List<T> items, Function<T, Map<String, Object>> f) {
    return items.stream().map(i -> (Object) f.apply(i)).toList();
  }
}
