package dev.policyascode.gdpr;

import dev.policyascode.gdpr.NoticeMatrix.Row;
import dev.policyascode.gdpr.NoticeMatrix.Status;
import dev.policyascode.model.Contact;
import dev.policyascode.model.LegalBasis;
import dev.policyascode.model.Policy;
import dev.policyascode.model.PolicyVersion;
import dev.policyascode.model.Right;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The items about who answers for the processing and what people may ask: the controller and its
 * representative (13(1)(a)), the DPO (13(1)(b)), the rights (13(2)(b)), withdrawing consent
 * (13(2)(c)), the complaint (13(2)(d)) and automated decisions (13(2)(f)).
 */
final class PartyAndRightItems extends NoticeItems {

  PartyAndRightItems(Policy policy, PolicyVersion version, SectionsShowing showing) {
    super(policy, version, showing);
  }

  Row controller(NoticeChecklist.Item item) {
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

  Row dpo(NoticeChecklist.Item item) {
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

  Row rights(NoticeChecklist.Item item) {
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

  Row withdrawal(NoticeChecklist.Item item) {
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

  Row complaint(NoticeChecklist.Item item) {
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

  /**
   * French law's post-mortem directives (loi Informatique et Libertés, Art. 85): only where the
   * controller is in France, and shown rather than reported when not stated (see the checklist).
   */
  Row postMortem(NoticeChecklist.Item item) {
    boolean ok = stated().contains(Right.POST_MORTEM_DIRECTIVES);
    boolean french = policy.controller().country().map("FR"::equals).orElse(false);
    if (!ok && !french) {
      return row(item, Status.NOT_APPLICABLE, List.of(), "the controller is not in France");
    }
    return row(
        item,
        ok ? Status.COVERED : Status.NOT_STATED,
        labels(Right.POST_MORTEM_DIRECTIVES),
        ok ? "" : "not stated; French law lets people give directives for after their death",
        "rights");
  }

  Row automated(NoticeChecklist.Item item) {
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
}
