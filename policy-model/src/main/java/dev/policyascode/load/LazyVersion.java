package dev.policyascode.load;

import dev.policyascode.concurrent.Once;
import dev.policyascode.diagnostics.Position;
import dev.policyascode.model.DataCategory;
import dev.policyascode.model.PolicyVersion;
import dev.policyascode.model.Prose;
import dev.policyascode.model.TextLocator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A version made from its header in {@link VersionHeaders}, and the header of a version the loader
 * parsed. The version's body, and the places inside its summary, come from one parse of its file,
 * made when first asked for.
 */
final class LazyVersion {

  private LazyVersion() {}

  static PolicyVersion of(VersionHeaders.Entry e, Supplier<PolicyVersion> parse) {
    Supplier<PolicyVersion> full = new Once<>(parse);
    // The summary's text is the header's; a place inside it (a finding about a word of it) is
    // found by the parse's own locator, as in a version parsed at once.
    Optional<Prose> summary = e.summary().map(text -> new Prose(text, new ParsedLocator(full)));
    return PolicyVersion.withLazyBody(
        e.id(),
        e.effective(),
        e.status(),
        summary,
        e.at(),
        e.recipientsDigest(),
        () -> full.get().body());
  }

  static VersionHeaders.Entry entry(
      String name, String digest, PolicyVersion v, List<Comment> comments) {
    return new VersionHeaders.Entry(
        name,
        digest,
        v.id(),
        v.effective(),
        v.status(),
        v.summary().map(Prose::text),
        v.at().line(),
        v.at().column(),
        categories(v),
        v.recipientsDigest(),
        comments);
  }

  /** The ids of the version's data categories, which the store labels are checked against. */
  static List<String> categories(PolicyVersion v) {
    return v.registers().dataCategories().stream().map(DataCategory::id).toList();
  }

  /** The summary's locator of the parsed version. */
  private record ParsedLocator(Supplier<PolicyVersion> full) implements TextLocator {
    private TextLocator parsed() {
      return full.get().summary().orElseThrow().locator();
    }

    @Override
    public Position start() {
      return parsed().start();
    }

    @Override
    public Position locate(String value, int offset, int length) {
      return parsed().locate(value, offset, length);
    }
  }
}
