package dev.policyascode.lint.api;

import dev.policyascode.model.Activity;
import dev.policyascode.model.DataCategory;
import dev.policyascode.model.DataSubject;
import dev.policyascode.model.Located;
import dev.policyascode.model.PolicyVersion;
import dev.policyascode.model.ProcessorActivity;
import dev.policyascode.model.Prose;
import dev.policyascode.model.Recipient;
import dev.policyascode.model.Registers;
import dev.policyascode.model.RetentionRule;
import dev.policyascode.model.RightStatement;
import dev.policyascode.model.Section;
import dev.policyascode.model.TextLocator;
import dev.policyascode.model.Transfer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The values of a version that are plain text, not CommonMark, and that the pages or the record of
 * processing show: section titles, and the registers' names, descriptions, purposes, labels and
 * details. The text rules read them beside the prose, so that "Article 104 of the GDPR" or "DSGVO"
 * in a purpose is found as it is in a body. Each is placed where it is written: a word inside a
 * value written as is on one line at the word, any other value at its start.
 */
final class PlainTexts {

  private PlainTexts() {}

  static List<Prose> of(PolicyVersion version) {
    List<Prose> out = new ArrayList<>();
    for (Section s : version.allSections()) {
      // A section made by hand knows only where its title is.
      TextLocator title =
          s.positions().written("title") ? s.locator("title") : TextLocator.at(s.titleAt());
      add(out, s.title(), title);
    }
    Registers r = version.registers();
    r.definitions().forEach(d -> add(out, d, "term", d.term()));
    for (DataSubject d : r.dataSubjects()) {
      add(out, d, "name", d.name());
      add(out, d, "description", d.description());
    }
    for (DataCategory c : r.dataCategories()) {
      add(out, c, "name", c.name());
      add(out, c, "description", c.description());
      add(out, c, "items", c.items());
    }
    for (Activity a : r.activities()) {
      add(out, a, "name", a.name());
      add(out, a, "purposes", a.purposes());
      add(out, a, "legitimate_interest", a.legitimateInterest());
    }
    for (RetentionRule x : r.retention()) add(out, x, "from", x.from());
    r.recipientCategories().forEach(x -> add(out, x, "name", x.name()));
    for (Recipient x : r.recipients()) {
      add(out, x, "name", x.name());
      add(out, x, "service", x.service());
    }
    for (Transfer t : r.transfers()) add(out, t, "details", t.details());
    for (RightStatement x : r.rights()) add(out, x, "label", x.label());
    for (ProcessorActivity p : r.processorActivities()) {
      add(out, p, "name", p.name());
      add(out, p, "controller", p.controller());
      add(out, p, "processing", p.processing());
    }
    return List.copyOf(out);
  }

  private static void add(List<Prose> out, Located record, String key, Optional<String> value) {
    value.ifPresent(v -> add(out, record, key, v));
  }

  private static void add(List<Prose> out, Located record, String key, String value) {
    add(out, value, record.locator(key));
  }

  private static void add(List<Prose> out, Located record, String key, List<String> values) {
    for (int i = 0; i < values.size(); i++) add(out, values.get(i), record.locator(key, i));
  }

  private static void add(List<Prose> out, String value, TextLocator at) {
    if (!value.isBlank()) out.add(new Prose(value, at));
  }
}
