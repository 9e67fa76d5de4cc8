package dev.policyascode.lint.api;

import dev.policyascode.diagnostics.Position;
import dev.policyascode.model.Activity;
import dev.policyascode.model.DataCategory;
import dev.policyascode.model.DataSubject;
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
 * in a purpose is found as it is in a body. The model keeps no column inside such a value, so each
 * is placed at its entry (a section title at the title).
 */
final class PlainTexts {

  private PlainTexts() {}

  static List<Prose> of(PolicyVersion version) {
    List<Prose> out = new ArrayList<>();
    for (Section s : version.allSections()) add(out, s.title(), s.titleAt());
    Registers r = version.registers();
    r.definitions().forEach(d -> add(out, d.term(), d.at()));
    for (DataSubject d : r.dataSubjects()) {
      add(out, d.name(), d.at());
      add(out, d.description(), d.at());
    }
    for (DataCategory c : r.dataCategories()) {
      add(out, c.name(), c.at());
      add(out, c.description(), c.at());
      c.items().forEach(i -> add(out, i, c.at()));
    }
    for (Activity a : r.activities()) {
      add(out, a.name(), a.at());
      a.purposes().forEach(p -> add(out, p, a.at()));
      add(out, a.legitimateInterest(), a.at());
    }
    for (RetentionRule x : r.retention()) add(out, x.from(), x.at());
    r.recipientCategories().forEach(x -> add(out, x.name(), x.at()));
    for (Recipient x : r.recipients()) {
      add(out, x.name(), x.at());
      add(out, x.service(), x.at());
    }
    for (Transfer t : r.transfers()) add(out, t.details(), t.at());
    for (RightStatement x : r.rights()) add(out, x.label(), x.at());
    for (ProcessorActivity p : r.processorActivities()) {
      add(out, p.name(), p.at());
      add(out, p.controller(), p.at());
      p.processing().forEach(x -> add(out, x, p.at()));
    }
    return List.copyOf(out);
  }

  private static void add(List<Prose> out, Optional<String> value, Position at) {
    value.ifPresent(v -> add(out, v, at));
  }

  private static void add(List<Prose> out, String value, Position at) {
    if (!value.isBlank()) out.add(new Prose(value, TextLocator.at(at)));
  }
}
