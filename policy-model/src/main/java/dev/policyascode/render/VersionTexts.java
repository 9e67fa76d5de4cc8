package dev.policyascode.render;

import dev.policyascode.model.Policy;
import dev.policyascode.model.PolicyVersion;
import freemarker.template.TemplateModelException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The texts of each version, expanded and rendered to HTML and Markdown once per render ({@link
 * PageModel.Texts}), and shared by every output that shows them: the version's page (HTML and
 * Markdown), its fragment, and the policy's own page and fragment when it shows that version.
 * Building them is most of a page's cost, and they depend only on the policy and the version (the
 * flavour is the render's), not on the page's address, links or labels.
 *
 * <p>The heap is the limit (10,000 versions under 1 GB): a part says beforehand how many outputs
 * will read a version's texts ({@link #expect}), and the last of them drops them ({@link #take}).
 * An output kept from the previous build never reads them; what it would have read is dropped with
 * the rest at the end of the render ({@link #clear}), and is only ever built when another output of
 * that version was rendered.
 *
 * <p>The texts themselves are rendered through {@link RenderedTexts}: a text that the version
 * before had too is rendered once, not once per version.
 */
final class VersionTexts {

  /**
   * Who reads a version's texts: by identity, since a record's equals would walk the whole text.
   */
  private record Key(Policy policy, PolicyVersion version) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && k.policy == policy && k.version == version;
    }

    @Override
    public int hashCode() {
      return 31 * System.identityHashCode(policy) + System.identityHashCode(version);
    }
  }

  private static final class Entry {
    private int readers;
    private PageModel.Texts texts;
  }

  private final Map<Key, Entry> entries = new ConcurrentHashMap<>();

  /** The texts rendered lately, which the next versions mostly share. */
  private final RenderedTexts rendered = new RenderedTexts();

  /** One more output will read {@code version}'s texts. Called while parts add their outputs. */
  void expect(Policy policy, PolicyVersion version) {
    Entry e = entries.computeIfAbsent(new Key(policy, version), k -> new Entry());
    synchronized (e) {
      e.readers++;
    }
  }

  /**
   * The texts of {@code version}, built by the first reader (a second one at the same time waits
   * for them rather than building them again) and forgotten when the last expected reader has them.
   * A reader that was not expected gets texts of its own.
   */
  PageModel.Texts take(Policy policy, PolicyVersion version, MarkdownFlavour flavour)
      throws TemplateModelException {
    Key key = new Key(policy, version);
    Entry e = entries.get(key);
    if (e == null) return PageModel.texts(policy, version, flavour, rendered);
    synchronized (e) {
      if (e.texts == null) e.texts = PageModel.texts(policy, version, flavour, rendered);
      PageModel.Texts texts = e.texts;
      if (--e.readers <= 0) entries.remove(key, e);
      return texts;
    }
  }

  /** Forgets every version's texts: the render is over. */
  void clear() {
    entries.clear();
    rendered.clear();
  }
}
