package dev.policyascode.gdpr;

import dev.policyascode.gdpr.NoticeMatrix.Row;
import dev.policyascode.gdpr.NoticeMatrix.Status;
import dev.policyascode.model.Activity;
import dev.policyascode.model.Contact;
import dev.policyascode.model.DataCategory;
import dev.policyascode.model.LegalBasis;
import dev.policyascode.model.Policy;
import dev.policyascode.model.PolicyVersion;
import dev.policyascode.model.Right;
import dev.policyascode.model.RightStatement;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the checks of the matrix's items share: the version they read, how a row is made (with the
 * sections that show the item), and the questions several items ask of the data (which activities
 * rest on a basis, which rights are stated).
 */
abstract class NoticeItems {

  final Policy policy;
  final PolicyVersion version;
  private final SectionsShowing showing;

  NoticeItems(Policy policy, PolicyVersion version, SectionsShowing showing) {
    this.policy = policy;
    this.version = version;
    this.showing = showing;
  }

  List<DataCategory> notFromPerson() {
    return version.registers().dataCategories().stream()
        .filter(c -> c.source().isPresent())
        .toList();
  }

  List<Activity> withBasis(Set<LegalBasis> bases) {
    return version.registers().activities().stream()
        .filter(a -> bases.contains(a.legalBasis()))
        .toList();
  }

  Set<Right> stated() {
    return version.registers().rights().stream()
        .map(RightStatement::right)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Right.class)));
  }

  List<String> labels(Right right) {
    return version.registers().rights().stream()
        .filter(r -> r.right() == right)
        .map(RightStatement::label)
        .toList();
  }

  Row partial(
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

  static Row withReporter(Row r, String rule) {
    return new Row(r.item(), r.status(), r.evidence(), r.sections(), r.gap(), Optional.of(rule));
  }

  Row row(
      NoticeChecklist.Item item,
      Status status,
      List<String> evidence,
      String gap,
      String... embeds) {
    return new Row(item, status, evidence, showing.of(Set.of(embeds)), gap, Optional.empty());
  }

  static String describe(Contact c) {
    List<String> parts = new ArrayList<>(List.of(c.name()));
    for (Optional<String> p : List.of(c.address(), c.email(), c.phone(), c.website())) {
      p.ifPresent(parts::add);
    }
    return String.join(", ", parts);
  }
}
