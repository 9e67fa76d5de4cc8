package dev.policyascode.render;

import dev.policyascode.diff.Change;
import dev.policyascode.diff.StructuredChanges;
import dev.policyascode.model.Policy;
import dev.policyascode.model.PolicyVersion;
import freemarker.template.TemplateException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * {@code <policy>/feed.xml}: an Atom feed (RFC 4287) with an entry per published version when it
 * takes effect, linking to what changed, another when it was published ahead of that day (its
 * announcement), and an entry per change of the recipients and subprocessors (GDPR Art. 28(2): a
 * processor tells its customers of new subprocessors). Drafts never appear; nor does what the build
 * date has not reached.
 *
 * <p>Ids never change: a version's is its permalink when the policy has a base URL, else a
 * name-based UUID of the policy and version; an announcement's is a UUID of the policy, the version
 * and "announced"; a subprocessor change's is a UUID of the policy, the version and the change.
 * Every date is an effective date or a day of publication at midnight UTC, never the build time, so
 * the same policies on the same build date always give the same feed.
 */
final class AtomFeed implements SitePart {

  static final String FILE = "feed.xml";

  @Override
  public void render(Policy policy, RenderContext context, OutputFiles out)
      throws TemplateException {
    List<PolicyVersion> published =
        policy.versions().stream().filter(PolicyVersion::isPublished).toList();
    if (published.isEmpty()) return;
    LocalDate today = context.buildDate();
    // What the build date decides, worked out first: which versions the feed shows yet, and from
    // which day. The entries themselves (a diff of the recipients for each version) are made only
    // when the feed is rendered, not on a build that keeps it.
    List<String> shown = new ArrayList<>();
    for (PolicyVersion v : published) {
      Optional<LocalDate> announced = announced(policy, v, context, today);
      boolean inForce = !v.effective().isAfter(today);
      if (announced.isEmpty() && !inForce) continue;
      shown.add(v.id() + "@" + announced.orElse(v.effective()) + (inForce ? "+" : ""));
    }
    if (shown.isEmpty()) return; // nothing published yet as of the build date
    // The feed lists every published version and its changes: it depends on all of their files,
    // and on which of them the build date shows; never on a draft's, which it does not show.
    List<Object> inputs = new ArrayList<>(List.of(policy));
    inputs.addAll(published);
    inputs.add(shown);
    out.add(
        List.of(policy.id() + "/" + FILE),
        context.key("feed", inputs.toArray()),
        () -> List.of(context.apply("feed.ftlx", feed(policy, published, context, today))));
  }

  /**
   * Announced on the day it was published, when that came before its effective date; an entry is
   * never dated after the build date, which a reader would see as news from the future.
   */
  private static Optional<LocalDate> announced(
      Policy policy, PolicyVersion v, RenderContext context, LocalDate today) {
    return context.published(policy, v).filter(d -> d.isBefore(v.effective()) && !d.isAfter(today));
  }

  /** The feed's model: its entries, newest first, and what it says of itself. */
  private static Map<String, Object> feed(
      Policy policy, List<PolicyVersion> published, RenderContext context, LocalDate today) {
    String base = RenderContext.baseUrl(policy);
    Map<String, String> labels = context.labels(policy);
    List<Map<String, Object>> entries = new ArrayList<>();
    for (int i = 0; i < published.size(); i++) {
      PolicyVersion v = published.get(i);
      boolean first = i == 0;
      String href = first ? v.id() + "/" : SiteVersions.changesFolder(v);
      String summary = v.summary().map(s -> s.text().strip()).orElse(labels.get("firstVersion"));
      String title =
          labels.get("version")
              + " "
              + v.id()
              + " · "
              + labels.get("effective")
              + " "
              + v.effective();
      Optional<LocalDate> announced = announced(policy, v, context, today);
      boolean inForce = !v.effective().isAfter(today);
      announced.ifPresent(
          d ->
              entries.add(
                  entry(
                      uuid(policy, v.id() + "/announced"),
                      labels.get("announcement") + " " + title,
                      d,
                      href,
                      summary)));
      if (inForce)
        entries.add(entry(id(base, policy, v.id() + "/"), title, v.effective(), href, summary));
      if (announced.isEmpty() && !inForce) continue;
      LocalDate from = announced.orElse(v.effective());
      if (first) continue;
      PolicyVersion before = published.get(i - 1);
      List<Change> changes = StructuredChanges.recipients(before, v, labels, policy.language());
      // An entry's id never changes, and it was made of the English line before the summary
      // spoke the policy's language: it stays made of the built-in English line, whatever the
      // language or a project's own words. Same diff, same order: the lists match line by line.
      // Subprocessors are told on the version's first entry: a processor's customers hear of a
      // new one ahead (Art. 28(2)).
      // Only when there is a change to name: the diff is the feed's largest cost, paid for every
      // version on every build (issue 18), and most versions change no recipient.
      List<Change> english =
          changes.isEmpty() ? List.of() : StructuredChanges.recipients(before, v);
      for (int j = 0; j < changes.size(); j++) {
        Change c = changes.get(j);
        entries.add(
            entry(
                uuid(policy, v.id() + "/changes/" + english.get(j).text()),
                labels.get("feedSubprocessor") + " – " + c.text(),
                from,
                SiteVersions.changesFolder(v),
                c.text() + " (" + labels.get("version") + " " + v.id() + ")"));
      }
    }
    // Newest first; for one date, the version before its subprocessor entries.
    List<Map<String, Object>> sorted = new ArrayList<>(entries);
    sorted.sort(
        Comparator.comparing((Map<String, Object> e) -> (String) e.get("updated")).reversed());
    Map<String, Object> feed = new LinkedHashMap<>();
    feed.put("lang", policy.language());
    feed.put("base", base);
    feed.put("id", id(base, policy, FILE));
    feed.put("title", policy.title() + " – " + policy.controller().name());
    feed.put("controller", policy.controller().name());
    feed.put("updated", sorted.get(0).get("updated"));
    feed.put("entries", sorted);
    return feed;
  }

  private static Map<String, Object> entry(
      String id, String title, LocalDate updated, String href, String summary) {
    Map<String, Object> e = new LinkedHashMap<>();
    e.put("id", id);
    e.put("title", title);
    e.put("updated", updated + "T00:00:00Z");
    e.put("href", href);
    e.put("summary", summary);
    return e;
  }

  /** The permalink of a path under the policy's folder, or a UUID that only that path gives. */
  private static String id(String base, Policy policy, String path) {
    return base.isEmpty() ? uuid(policy, path) : base + path;
  }

  private static String uuid(Policy policy, String path) {
    byte[] name = ("policy-as-code:" + policy.id() + "/" + path).getBytes(StandardCharsets.UTF_8);
    return "urn:uuid:" + UUID.nameUUIDFromBytes(name);
  }
}
