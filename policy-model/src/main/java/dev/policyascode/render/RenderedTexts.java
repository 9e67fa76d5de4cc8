package dev.policyascode.render;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The HTML and Markdown of the texts rendered lately, by what they are rendered from, so that a
 * text that successive versions share (most of them: a revision changes a paragraph or two) is
 * parsed, sanitised and rendered once rather than once per version.
 *
 * <p>What a text's HTML and Markdown depend on, and so the key: the text with its policy blocks
 * expanded (the blocks' tables and lists come from the version's registers, so two versions whose
 * registers differ give two texts), the numbers the version gives its sections (a link to a section
 * id gets its number, "section 5.3", in the policy's language), the language, and the Markdown
 * flavour. Nothing else of the version goes in: no anchor, heading or label is part of a text's
 * HTML or Markdown.
 *
 * <p>The heap is the limit (10,000 versions under 1 GB): the least recently used texts are dropped
 * beyond {@link #BUDGET} characters, which holds the texts of a few hundred versions of a policy,
 * while the versions rendered at the same time on every core need a few each. One per render, and
 * dropped with it ({@link #clear}); safe for the threads of the render.
 */
final class RenderedTexts {

  /** Characters held at most, in the keys' texts and the renderings together. */
  static final long BUDGET = 8_000_000;

  /**
   * What a text's rendering depends on.
   *
   * @param numbers the version's section ids and numbers, in reading order ({@link
   *     PageModel#numbers}): the same for two versions whose links to sections read the same
   * @param markdown the text with its policy blocks expanded
   */
  record Key(String language, MarkdownFlavour flavour, String numbers, String markdown) {}

  /** A text's HTML (stripped) and Markdown, as a page shows them. */
  record Rendered(String html, String markdown) {}

  private final Map<Key, Rendered> recent = new LinkedHashMap<>(256, 0.75f, true);
  private long chars;

  /** The rendering kept for {@code key}, or null. */
  synchronized Rendered get(Key key) {
    return recent.get(key);
  }

  /** Keeps {@code rendered} for {@code key}, dropping the least recently used beyond the budget. */
  synchronized void put(Key key, Rendered rendered) {
    Rendered was = recent.put(key, rendered);
    if (was != null) chars -= size(key, was);
    chars += size(key, rendered);
    Iterator<Map.Entry<Key, Rendered>> eldest = recent.entrySet().iterator();
    while (chars > BUDGET && eldest.hasNext()) {
      Map.Entry<Key, Rendered> e = eldest.next();
      chars -= size(e.getKey(), e.getValue());
      eldest.remove();
    }
  }

  /** Forgets every text: the render is over. */
  synchronized void clear() {
    recent.clear();
    chars = 0;
  }

  /** How many texts are kept: for tests. */
  synchronized int size() {
    return recent.size();
  }

  private static long size(Key key, Rendered r) {
    // The numbers are one string per version, shared by its texts: not counted per text.
    return key.markdown().length() + r.html().length() + r.markdown().length();
  }
}
