package dev.policyascode.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policyascode.model.Policy;
import dev.policyascode.model.PolicyVersion;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateHTMLOutputModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A text that successive versions share is rendered once, and what a page shows of it is what the
 * page would show had it been rendered for that page alone: a link to a section shows each
 * version's own number.
 */
class RenderedTextsTest {

  private static final Policy POLICY = VersionHistoryTest.lint().policies().get(0);

  @Test
  void textsRenderedOnceReadAsTextsRenderedAlone() throws Exception {
    for (MarkdownFlavour flavour : MarkdownFlavour.values()) {
      RenderedTexts shared = new RenderedTexts();
      int texts = 0;
      for (PolicyVersion v : POLICY.versions()) {
        PageModel.Texts alone = PageModel.texts(POLICY, v, flavour);
        PageModel.Texts kept = PageModel.texts(POLICY, v, flavour, shared);
        assertEquals(flat(alone), flat(kept), v.id() + " " + flavour);
        texts += alone.allSections().size() + 1;
      }
      // The versions share texts: fewer were rendered than shown.
      assertTrue(shared.size() < texts, shared.size() + " of " + texts);
    }
  }

  @Test
  void aSharedTextLinkingToARenumberedSectionShowsEachVersionsNumber() throws Exception {
    // "storage" is the same text in 2025 and 2026 and links to "your-rights": section 4 in 2025
    // (after "backups"), section 3 in 2026.
    PolicyVersion v2025 = version("2025-01-01");
    PolicyVersion v2026 = version("2026-01-01");
    assertEquals(body(v2025, "storage"), body(v2026, "storage"));
    RenderedTexts shared = new RenderedTexts();
    String in2025 = html(PageModel.texts(POLICY, v2025, MarkdownFlavour.GITHUB, shared), "storage");
    String in2026 = html(PageModel.texts(POLICY, v2026, MarkdownFlavour.GITHUB, shared), "storage");
    assertTrue(in2025.contains("section 4"), in2025);
    assertTrue(in2026.contains("section 3"), in2026);
    assertNotEquals(in2025, in2026);
  }

  @Test
  void theLeastRecentlyUsedGoBeyondTheBudget() {
    RenderedTexts texts = new RenderedTexts();
    String third = "x".repeat((int) (RenderedTexts.BUDGET / 3));
    RenderedTexts.Rendered r = new RenderedTexts.Rendered("", "");
    RenderedTexts.Key a = new RenderedTexts.Key("en", MarkdownFlavour.GITHUB, "", third + "a");
    RenderedTexts.Key b = new RenderedTexts.Key("en", MarkdownFlavour.GITHUB, "", third + "b");
    RenderedTexts.Key c = new RenderedTexts.Key("en", MarkdownFlavour.GITHUB, "", third + "c");
    texts.put(a, r);
    texts.put(b, r);
    texts.get(a); // now b is the least recently used
    texts.put(c, r);
    assertEquals(2, texts.size());
    assertEquals(r, texts.get(a));
    assertEquals(null, texts.get(b));
    assertEquals(r, texts.get(c));
    texts.clear();
    assertEquals(0, texts.size());
  }

  private static PolicyVersion version(String id) {
    return POLICY.versions().stream().filter(v -> v.id().equals(id)).findFirst().orElseThrow();
  }

  private static String body(PolicyVersion v, String section) {
    return v.allSections().stream()
        .filter(s -> s.id().equals(section))
        .findFirst()
        .orElseThrow()
        .body()
        .orElseThrow()
        .text();
  }

  private static String html(PageModel.Texts texts, String section) {
    return texts.allSections().stream()
        .filter(s -> s.get("id").equals(section))
        .map(s -> markup(s.get("html")))
        .findFirst()
        .orElseThrow();
  }

  private static String markup(Object html) {
    try {
      return HTMLOutputFormat.INSTANCE.getMarkupString((TemplateHTMLOutputModel) html);
    } catch (freemarker.template.TemplateModelException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Every text of a version's pages, as shown: the preamble, then each section's. */
  private static List<String> flat(PageModel.Texts texts) throws Exception {
    List<String> out = new ArrayList<>();
    out.add(markup(texts.preambleHtml()));
    out.add(texts.preambleMd());
    for (Map<String, Object> s : texts.allSections()) {
      out.add(s.get("id") + " " + markup(s.get("html")));
      out.add(s.get("id") + " " + s.get("md"));
    }
    return out;
  }
}
