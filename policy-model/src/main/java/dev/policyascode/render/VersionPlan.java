package dev.policyascode.render;

import dev.policyascode.model.Policy;
import dev.policyascode.model.PolicyVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where one rendered version goes: each rendered version at its permalink folder ({@code
 * <policy>/<version>/}), and the latest published version once more at {@code <policy>/}. The full
 * pages and the fragments follow the same plan, so they always come in pairs.
 *
 * @param folder the output folder, relative, ending in '/'
 * @param canonical the address of the version's permalink, absolute when the policy has a base URL,
 *     else relative to the page
 * @param permalink the absolute permalink, or "" when the policy has no base URL
 */
record VersionPlan(String folder, PolicyVersion version, String canonical, String permalink) {

  static List<VersionPlan> of(Policy policy, boolean includeDrafts) {
    String base = RenderContext.baseUrl(policy);
    List<VersionPlan> plans = new ArrayList<>();
    for (PolicyVersion version : policy.versions()) {
      if (!version.isPublished() && !includeDrafts) continue;
      String permalink = base.isEmpty() ? "" : base + version.id() + "/";
      plans.add(
          new VersionPlan(policy.id() + "/" + version.id() + "/", version, permalink, permalink));
    }
    Optional<PolicyVersion> latest = policy.latestPublished();
    if (latest.isPresent()) {
      String id = latest.get().id();
      String permalink = base.isEmpty() ? "" : base + id + "/";
      plans.add(
          new VersionPlan(
              policy.id() + "/",
              latest.get(),
              permalink.isEmpty() ? id + "/" : permalink,
              permalink));
    }
    return plans;
  }
}
