package dev.policyascode.export;

import dev.policyascode.diagnostics.Position;
import dev.policyascode.model.Activity;
import dev.policyascode.model.Contact;
import dev.policyascode.model.DataCategory;
import dev.policyascode.model.HowLong;
import dev.policyascode.model.Policy;
import dev.policyascode.model.PolicyVersion;
import dev.policyascode.model.Recipient;
import dev.policyascode.model.Ref;
import dev.policyascode.model.Registers;
import dev.policyascode.model.RetentionRule;
import dev.policyascode.model.Transfer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The W3C Data Privacy Vocabulary export: {@code dpv.jsonld}, one JSON-LD graph per version with
 * the controller, each activity as a {@code dpv:PersonalDataProcess} (DPV 2.1 marks the older
 * PersonalDataHandling for deprecation) with its purposes, legal basis (DPV's GDPR extension),
 * personal data, data subjects, recipients, third countries with their transfer grounds, and
 * storage durations. Its context is inline, so a JSON-LD processor expands it without fetching
 * anything; the concepts it uses are those of {@link #DPV_VERSION}.
 */
public final class DpvExport implements ExportFormat {

  /** The DPV release whose concepts the export uses; its concept list is kept as data. */
  public static final String DPV_VERSION = "2.1";

  public static final String FILE = "dpv.jsonld";

  static final Map<String, Object> CONTEXT = context();

  @Override
  public String name() {
    return "dpv";
  }

  @Override
  public List<String> files() {
    return List.of(FILE);
  }

  @Override
  public List<ExportFile> write(Policy policy, PolicyVersion version) {
    return List.of(new ExportFile(FILE, Json.bytes(document(policy, version))));
  }

  private static Map<String, Object> context() {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("dpv", "https://w3id.org/dpv#");
    c.put("pd", "https://w3id.org/dpv/pd#");
    c.put("eu-gdpr", "https://w3id.org/dpv/legal/eu/gdpr#");
    c.put("loc", "https://w3id.org/dpv/loc#");
    c.put("dct", "http://purl.org/dc/terms/");
    c.put("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
    c.put("xsd", "http://www.w3.org/2001/XMLSchema#");
    return c;
  }

  static Map<String, Object> document(Policy policy, PolicyVersion version) {
    String base = "urn:policy-as-code:" + policy.id() + ":" + version.id() + "#";
    Registers r = version.registers();
    List<Object> graph = new ArrayList<>();
    Map<String, Object> controller = entity(base + "controller", "dpv:DataController");
    controller.put("dpv:hasName", policy.controller().name());
    contact(controller, policy.controller());
    policy
        .dpo()
        .ifPresent(
            d -> {
              Map<String, Object> dpo = entity(base + "dpo", "dpv:DataProtectionOfficer");
              dpo.put("dpv:hasName", d.name());
              contact(dpo, d);
              graph.add(dpo);
              controller.put("dpv:hasDataProtectionOfficer", ref(base + "dpo"));
            });
    policy
        .representative()
        .ifPresent(
            d -> {
              Map<String, Object> rep = entity(base + "representative", "dpv:Representative");
              rep.put("dpv:hasName", d.name());
              contact(rep, d);
              graph.add(rep);
              controller.put("dpv:hasRepresentative", ref(base + "representative"));
            });
    graph.add(0, controller);
    for (var s : r.dataSubjects()) {
      Map<String, Object> node = entity(base + "subject-" + s.id(), "dpv:DataSubject");
      node.put("rdfs:label", s.name());
      graph.add(node);
    }
    for (DataCategory c : r.dataCategories()) {
      Map<String, Object> node =
          entity(base + "data-" + c.id(), types(DpvMapping.of(c), c.dpv(), c.at("dpv")));
      node.put("rdfs:label", c.name());
      c.description().ifPresent(d -> node.put("dct:description", d));
      graph.add(node);
    }
    for (Recipient p : r.recipients()) {
      Map<String, Object> node =
          entity(
              base + "recipient-" + p.id(), types(DpvMapping.of(p.role()), p.dpv(), p.at("dpv")));
      node.put("dpv:hasName", p.name());
      node.put("dpv:hasCountry", ref("loc:" + p.country()));
      graph.add(node);
    }
    for (var c : r.recipientCategories()) {
      if (r.recipients().stream().anyMatch(x -> x.category().id().equals(c.id()))) continue;
      Map<String, Object> node = entity(base + "recipients-" + c.id(), "dpv:Recipient");
      node.put("rdfs:label", c.name());
      graph.add(node);
    }
    for (Activity a : r.activities()) graph.add(activity(base, a, r));
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("@context", CONTEXT);
    doc.put("@id", base + "policy");
    doc.put("dct:title", policy.title());
    doc.put("dct:valid", version.effective().toString());
    doc.put("dct:conformsTo", "https://w3id.org/dpv/" + DPV_VERSION);
    doc.put("@graph", graph);
    return doc;
  }

  private static Map<String, Object> activity(String base, Activity a, Registers r) {
    Map<String, Object> node = entity(base + "activity-" + a.id(), "dpv:PersonalDataProcess");
    node.put("rdfs:label", a.name());
    node.put("dpv:hasDataController", ref(base + "controller"));
    List<Object> purposes = new ArrayList<>();
    for (int i = 0; i < a.purposes().size(); i++) {
      Map<String, Object> p =
          entity(
              base + "activity-" + a.id() + "-purpose-" + (i + 1),
              types("dpv:Purpose", a.dpv(), a.at("dpv")));
      p.put("dct:description", a.purposes().get(i));
      purposes.add(p);
    }
    node.put("dpv:hasPurpose", purposes);
    node.put("dpv:hasLegalBasis", ref(DpvMapping.of(a.legalBasis())));
    node.put("dpv:hasPersonalData", refs(base + "data-", a.dataCategories()));
    node.put("dpv:hasDataSubject", refs(base + "subject-", a.dataSubjects()));
    Map<String, List<Object>> byProperty = new LinkedHashMap<>();
    List<Object> countries = new ArrayList<>();
    for (Ref ref : a.recipients()) {
      List<Recipient> named = named(ref, r);
      if (named.isEmpty()) {
        // A category the notice names no entity for: DPV's generic recipient, by its name.
        byProperty
            .computeIfAbsent("dpv:hasRecipient", k -> new ArrayList<>())
            .add(ref(base + "recipients-" + ref.id()));
        continue;
      }
      for (Recipient p : named) {
        byProperty
            .computeIfAbsent(DpvMapping.property(p.role()), k -> new ArrayList<>())
            .add(ref(base + "recipient-" + p.id()));
        for (Transfer t : r.transfers()) {
          // DPV 2.1 as listed here has no concept for an international organisation as a
          // destination: such a transfer is in the JSON export, not in DPV's third countries
          if (!t.recipient().id().equals(p.id()) || t.country().isEmpty()) continue;
          Map<String, Object> country = entity(null, "dpv:ThirdCountry");
          country.put("dpv:hasCountry", ref("loc:" + t.country().get()));
          country.put("dpv:hasLegalBasis", ref(DpvMapping.of(t.safeguard())));
          countries.add(country);
        }
      }
    }
    node.putAll(byProperty);
    if (!countries.isEmpty()) node.put("dpv:hasThirdCountry", countries);
    List<Object> storage = new ArrayList<>();
    for (Ref ref : a.retention()) {
      r.retention().stream()
          .filter(x -> x.id().equals(ref.id()))
          .findFirst()
          .ifPresent(x -> storage.add(storage(base, x)));
    }
    if (!storage.isEmpty()) node.put("dpv:hasStorageCondition", storage);
    return node;
  }

  /**
   * The named recipients an activity's reference stands for: the recipient of that id, or every
   * recipient of the category of that id (activities may name either).
   */
  private static List<Recipient> named(Ref ref, Registers r) {
    return r.recipients().stream()
        .filter(x -> x.id().equals(ref.id()) || x.category().id().equals(ref.id()))
        .toList();
  }

  /**
   * A retention rule: a fixed period as DPV's storage duration; an event or a criterion, which DPV
   * has no typed value for, as a storage condition described in words.
   */
  private static Map<String, Object> storage(String base, RetentionRule x) {
    Optional<String> iso = x.period().iso();
    Map<String, Object> s =
        entity(
            base + "retention-" + x.id(),
            iso.isPresent() ? "dpv:StorageDuration" : "dpv:StorageCondition");
    iso.ifPresent(
        period -> {
          Map<String, Object> d = new LinkedHashMap<>();
          d.put("@type", "xsd:duration");
          d.put("@value", period);
          s.put("dpv:hasDuration", d);
        });
    String until = "";
    if (x.period() instanceof HowLong.Until u) {
      until = "until " + u.event().word().replace('-', ' ');
    } else if (x.period() instanceof HowLong.Criterion c) {
      until = c.text();
    }
    String from = x.from().map(f -> "from " + f).orElse("");
    String words = (until + (until.isEmpty() || from.isEmpty() ? "" : ", ") + from).trim();
    if (!words.isEmpty()) s.put("dct:description", words);
    return s;
  }

  private static void contact(Map<String, Object> node, Contact c) {
    c.address().ifPresent(v -> node.put("dpv:hasAddress", v));
    c.email().ifPresent(v -> node.put("dpv:hasContact", v));
    c.country().ifPresent(v -> node.put("dpv:hasCountry", ref("loc:" + v)));
  }

  /**
   * The default type, and the team's concept beside it when the YAML states one, after checking
   * that the declared DPV version defines it: a misspelt concept would otherwise make a graph that
   * expands cleanly and means nothing.
   */
  private static Object types(String fallback, Optional<String> mapped, Position at) {
    if (mapped.isEmpty()) return fallback;
    String iri = expand(mapped.get());
    if (!DpvConcepts.unknown(List.of(iri)).isEmpty()) {
      throw new ExportException(
          at,
          "dpv: "
              + mapped.get()
              + " is not a concept of DPV "
              + DPV_VERSION
              + "; write one from https://w3id.org/dpv/"
              + DPV_VERSION
              + " (such as pd:Location), or remove the key to use the default mapping");
    }
    return List.of(fallback, mapped.get());
  }

  /** The full IRI of a compact one with a prefix of the context. */
  static String expand(String compact) {
    int colon = compact.indexOf(':');
    Object ns = CONTEXT.get(compact.substring(0, colon));
    return ns == null ? compact : ns + compact.substring(colon + 1);
  }

  private static Map<String, Object> entity(String id, Object type) {
    Map<String, Object> m = new LinkedHashMap<>();
    if (id != null) m.put("@id", id);
    m.put("@type", type);
    return m;
  }

  private static Map<String, Object> ref(String id) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("@id", id);
    return m;
  }

  private static List<Object> refs(String prefix, List<Ref> ids) {
    return ids.stream().map(i -> (Object) ref(prefix + i.id())).toList();
  }
}
