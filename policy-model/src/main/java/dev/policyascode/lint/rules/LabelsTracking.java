package dev.policyascode.lint.rules;

import dev.policyascode.diagnostics.Finding;
import dev.policyascode.diagnostics.RuleMeta;
import dev.policyascode.diagnostics.Severity;
import dev.policyascode.lint.api.AbstractRule;
import dev.policyascode.lint.api.VersionContext;
import dev.policyascode.model.Activity;
import dev.policyascode.model.Recipient;
import dev.policyascode.model.StoreLabels;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * "Tracking" on Apple's label, claimed or denied against what the notice says: data used for
 * advertising and given to another controller is tracking in Apple's sense; data that no activity
 * uses for advertising and that stays with the company and its processors is not.
 */
public final class LabelsTracking extends AbstractRule {

  public static final RuleMeta META =
      new RuleMeta(
          "labels-tracking",
          "labels",
          Severity.WARNING,
          "A store label's tracking answer that the activities' purposes and recipients"
              + " contradict",
          "Art. 13(1)(c) and (e) (purposes and recipients), and Apple's definition of tracking");

  public LabelsTracking() {
    super(META);
  }

  @Override
  public void check(VersionContext context, Consumer<Finding> report) {
    StoreLabels labels = LabelFacts.labels(context).orElse(null);
    if (labels == null) return;
    for (StoreLabels.Entry e : labels.categories()) {
      if (e.tracking().isEmpty()) continue;
      List<Activity> users = LabelFacts.users(context.version(), e.category());
      if (users.isEmpty()) continue; // labels-unused-type says so
      Optional<String> evidence = Optional.empty();
      boolean advertising = false, thirdParty = false;
      for (Activity a : users) {
        Optional<String> ads = LabelFacts.advertising(a);
        List<Recipient> third = LabelFacts.thirdParties(context.version(), a);
        advertising |= ads.isPresent();
        thirdParty |= !third.isEmpty();
        if (ads.isPresent() && !third.isEmpty() && evidence.isEmpty()) {
          evidence =
              Optional.of(
                  "the activity '"
                      + a.id()
                      + "' uses it to "
                      + ads.get()
                      + " and gives it to "
                      + third.get(0).name());
        }
      }
      if (!e.tracking().get() && evidence.isPresent()) {
        report.accept(
            Finding.of(
                META,
                e.at("tracking"),
                "the labels say '"
                    + e.category()
                    + "' is not used to track, but "
                    + evidence.get()
                    + ", which Apple counts as tracking; write tracking: true, or correct the"
                    + " activity"));
      } else if (e.tracking().get() && !advertising && !thirdParty) {
        report.accept(
            Finding.of(
                META,
                e.at("tracking"),
                "the labels say '"
                    + e.category()
                    + "' is used to track, but no activity that uses it serves advertising or"
                    + " gives it to another controller; add the purpose and recipient to the"
                    + " notice, or write tracking: false"));
      }
    }
  }
}
