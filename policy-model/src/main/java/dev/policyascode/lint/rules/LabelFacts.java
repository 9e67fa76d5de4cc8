package dev.policyascode.lint.rules;

import dev.policyascode.lint.api.VersionContext;
import dev.policyascode.model.Activity;
import dev.policyascode.model.PolicyVersion;
import dev.policyascode.model.Recipient;
import dev.policyascode.model.RecipientRole;
import dev.policyascode.model.Ref;
import dev.policyascode.model.StoreLabels;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the {@code labels-} rules compare: the store labels beside the versions and the newest
 * version, the one the app's current release matches. The labels follow the app, not the policy's
 * history, so comparing them with an older version would only report what has since changed.
 */
final class LabelFacts {

  /** Words of a purpose that say the data serves advertising, the stores' "tracking". */
  private static final Pattern ADVERTISING =
      Pattern.compile(
          "\\b(advertis\\w*|ads?|ad network\\w*|targeted|retarget\\w*|data brokers?)\\b",
          Pattern.CASE_INSENSITIVE);

  private static final Set<RecipientRole> THIRD_PARTIES =
      Set.of(RecipientRole.CONTROLLER, RecipientRole.JOINT_CONTROLLER);

  private LabelFacts() {}

  /** The labels, when the policy has them and {@code context} is its newest version. */
  static Optional<StoreLabels> labels(VersionContext context) {
    List<PolicyVersion> versions = context.policy().versions();
    if (versions.isEmpty() || versions.get(versions.size() - 1) != context.version()) {
      return Optional.empty();
    }
    return context.policy().storeLabels();
  }

  /** The activities of {@code version} that process the category. */
  static List<Activity> users(PolicyVersion version, String categoryId) {
    return version.registers().activities().stream()
        .filter(a -> a.dataCategories().stream().anyMatch(r -> r.id().equals(categoryId)))
        .toList();
  }

  /**
   * The recipients of {@code activity} that are third parties in the stores' sense: controllers of
   * their own, named directly or through their category. A processor acts for the company and is
   * not "sharing" for either store.
   */
  static List<Recipient> thirdParties(PolicyVersion version, Activity activity) {
    Set<String> refs =
        activity.recipients().stream().map(Ref::id).collect(java.util.stream.Collectors.toSet());
    return version.registers().recipients().stream()
        .filter(r -> refs.contains(r.id()) || refs.contains(r.category().id()))
        .filter(r -> THIRD_PARTIES.contains(r.role()))
        .toList();
  }

  /** The first purpose of {@code activity} that speaks of advertising, if any. */
  static Optional<String> advertising(Activity activity) {
    return activity.purposes().stream().filter(p -> ADVERTISING.matcher(p).find()).findFirst();
  }
}
