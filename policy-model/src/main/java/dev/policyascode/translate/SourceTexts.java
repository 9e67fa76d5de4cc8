package dev.policyascode.translate;

import dev.policyascode.model.Activity;
import dev.policyascode.model.DataCategory;
import dev.policyascode.model.DataSubject;
import dev.policyascode.model.Definition;
import dev.policyascode.model.LegalBasisStatement;
import dev.policyascode.model.Located;
import dev.policyascode.model.PolicyVersion;
import dev.policyascode.model.ProcessorActivity;
import dev.policyascode.model.Recipient;
import dev.policyascode.model.RecipientCategory;
import dev.policyascode.model.Registers;
import dev.policyascode.model.RetentionRule;
import dev.policyascode.model.RightStatement;
import dev.policyascode.model.Section;
import dev.policyascode.model.SecurityMeasure;
import dev.policyascode.model.Transfer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The words of a version that a translation translates, each under a key made of the ids the
 * version already has: {@code summary}, {@code preamble}, {@code section.<id>.title}, {@code
 * section.<id>.body}, {@code definition.<id>.term}, {@code activity.<id>.purposes.<n>} and so on,
 * in reading order. The facts (periods, countries, bases, references) have no key: they are written
 * once, in the version.
 */
public final class SourceTexts {

  private SourceTexts() {}

  public static Map<String, SourceText> of(PolicyVersion version) {
    Map<String, SourceText> out = new LinkedHashMap<>();
    version.summary().ifPresent(p -> put(out, "summary", p.text(), version, "summary", -1));
    version.preamble().ifPresent(p -> put(out, "preamble", p.text(), version, "preamble", -1));
    for (Section s : version.allSections()) {
      String k = "section." + s.id();
      put(out, k + ".title", s.title(), s, "title", -1);
      s.body().ifPresent(b -> put(out, k + ".body", b.text(), s, "body", -1));
    }
    Registers r = version.registers();
    for (Definition d : r.definitions()) {
      put(out, "definition." + d.id() + ".term", d.term(), d, "term", -1);
      put(out, "definition." + d.id() + ".meaning", d.meaning().text(), d, "meaning", -1);
    }
    for (DataSubject d : r.dataSubjects()) {
      put(out, "data-subject." + d.id() + ".name", d.name(), d, "name", -1);
      opt(out, "data-subject." + d.id() + ".description", d.description(), d, "description");
    }
    for (DataCategory c : r.dataCategories()) {
      String k = "data-category." + c.id();
      put(out, k + ".name", c.name(), c, "name", -1);
      opt(out, k + ".description", c.description(), c, "description");
      list(out, k + ".items", c.items(), c, "items");
    }
    for (Activity a : r.activities()) {
      String k = "activity." + a.id();
      put(out, k + ".name", a.name(), a, "name", -1);
      list(out, k + ".purposes", a.purposes(), a, "purposes");
      opt(out, k + ".legitimate_interest", a.legitimateInterest(), a, "legitimate_interest");
    }
    for (LegalBasisStatement b : r.legalBases()) {
      put(out, "legal-basis." + b.basis().word() + ".text", b.text().text(), b, "text", -1);
    }
    for (RetentionRule x : r.retention()) {
      put(out, "retention." + x.id() + ".statement", x.statement().text(), x, "statement", -1);
      opt(out, "retention." + x.id() + ".from", x.from(), x, "from");
    }
    for (RecipientCategory x : r.recipientCategories()) {
      put(out, "recipient-category." + x.id() + ".name", x.name(), x, "name", -1);
    }
    for (Recipient x : r.recipients()) {
      put(out, "recipient." + x.id() + ".name", x.name(), x, "name", -1);
      opt(out, "recipient." + x.id() + ".service", x.service(), x, "service");
    }
    for (Transfer t : r.transfers()) {
      String k =
          "transfer." + t.recipient().id() + "-" + t.destination().toLowerCase() + ".details";
      opt(out, k, t.details(), t, "details");
    }
    for (RightStatement x : r.rights()) {
      put(out, "right." + x.right().word() + ".label", x.label(), x, "label", -1);
    }
    for (SecurityMeasure x : r.securityMeasures()) {
      put(out, "security-measure." + x.id() + ".text", x.text().text(), x, "text", -1);
    }
    for (ProcessorActivity p : r.processorActivities()) {
      String k = "processor-activity." + p.id();
      put(out, k + ".name", p.name(), p, "name", -1);
      opt(out, k + ".controller", p.controller(), p, "controller");
      list(out, k + ".processing", p.processing(), p, "processing");
    }
    return out;
  }

  private static void opt(
      Map<String, SourceText> out, String key, Optional<String> v, Located r, String field) {
    v.ifPresent(text -> put(out, key, text, r, field, -1));
  }

  private static void list(
      Map<String, SourceText> out, String key, List<String> v, Located r, String field) {
    for (int i = 0; i < v.size(); i++) put(out, key + "." + (i + 1), v.get(i), r, field, i);
  }

  private static void put(
      Map<String, SourceText> out, String key, String text, Located r, String field, int item) {
    // A duplicate id is schema-duplicate-id's to report; the first text keeps the key.
    out.putIfAbsent(key, new SourceText(key, text, r, field, item));
  }
}
