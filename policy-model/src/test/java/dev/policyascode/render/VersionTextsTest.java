package dev.policyascode.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.policyascode.model.Policy;
import dev.policyascode.model.PolicyVersion;
import freemarker.core.HTMLOutputFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A version's texts are built once for the outputs that said they would read them, dropped after
 * the last of them, and cannot be changed by one page under another's feet.
 */
class VersionTextsTest {

  private static final Policy POLICY = VersionHistoryTest.lint().policies().get(0);

  private static final MarkdownFlavour FLAVOUR = MarkdownFlavour.GITHUB;

  @Test
  void theExpectedReadersShareOneBuildAndTheLastDropsIt() throws Exception {
    PolicyVersion v = POLICY.versions().get(0);
    VersionTexts texts = new VersionTexts();
    texts.expect(POLICY, v);
    texts.expect(POLICY, v);
    PageModel.Texts first = texts.take(POLICY, v, FLAVOUR);
    assertSame(first, texts.take(POLICY, v, FLAVOUR));
    // Both readers had them: a third is not expected and gets texts of its own.
    assertNotSame(first, texts.take(POLICY, v, FLAVOUR));
  }

  @Test
  void versionsAndClearDoNotShare() throws Exception {
    PolicyVersion a = POLICY.versions().get(0);
    PolicyVersion b = POLICY.versions().get(1);
    VersionTexts texts = new VersionTexts();
    texts.expect(POLICY, a);
    texts.expect(POLICY, a);
    texts.expect(POLICY, b);
    PageModel.Texts ofA = texts.take(POLICY, a, FLAVOUR);
    assertNotSame(ofA, texts.take(POLICY, b, FLAVOUR));
    texts.clear();
    assertNotSame(ofA, texts.take(POLICY, a, FLAVOUR));
  }

  @Test
  void sharedTextsAreTheTextsBuiltAloneAndUnmodifiable() throws Exception {
    PolicyVersion v = POLICY.versions().get(1);
    VersionTexts texts = new VersionTexts();
    texts.expect(POLICY, v);
    PageModel.Texts shared = texts.take(POLICY, v, FLAVOUR);
    PageModel.Texts alone = PageModel.texts(POLICY, v, FLAVOUR);
    assertEquals(
        HTMLOutputFormat.INSTANCE.getMarkupString(alone.preambleHtml()),
        HTMLOutputFormat.INSTANCE.getMarkupString(shared.preambleHtml()));
    assertEquals(alone.preambleMd(), shared.preambleMd());
    assertEquals(alone.allSections().size(), shared.allSections().size());
    for (int i = 0; i < alone.allSections().size(); i++) {
      Map<String, Object> s = shared.allSections().get(i);
      assertEquals(alone.allSections().get(i).get("md"), s.get("md"));
      assertEquals(
          HTMLOutputFormat.INSTANCE.getMarkupString(
              (freemarker.core.TemplateHTMLOutputModel) alone.allSections().get(i).get("html")),
          HTMLOutputFormat.INSTANCE.getMarkupString(
              (freemarker.core.TemplateHTMLOutputModel) s.get("html")));
      assertEquals(alone.allSections().get(i).get("id"), s.get("id"));
    }
    // The nested maps are the flat list's maps: a section is one object wherever it is shown.
    Map<String, Object> top = shared.sections().get(0);
    assertSame(top, shared.allSections().get(0));
    assertThrows(UnsupportedOperationException.class, () -> top.put("md", "x"));
    assertThrows(UnsupportedOperationException.class, () -> shared.sections().remove(0));
    assertThrows(UnsupportedOperationException.class, () -> shared.allSections().add(Map.of()));
    @SuppressWarnings("unchecked")
    List<Object> children = (List<Object>) top.get("children");
    assertThrows(UnsupportedOperationException.class, () -> children.add("x"));
  }
}
