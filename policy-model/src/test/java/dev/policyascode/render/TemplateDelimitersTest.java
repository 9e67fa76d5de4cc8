package dev.policyascode.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;

class TemplateDelimitersTest {

  @Test
  void everyOpeningDelimiterLosesItsBrace() {
    assertEquals(
        "&#123;{ x }} &#123;% y %} &#123;# z #} &#123;&#123;< s >}} &#123;&#123;{x}}}",
        TemplateDelimiters.inert("{{ x }} {% y %} {# z #} {{< s >}} {{{x}}}"));
  }

  @Test
  void aLoneBraceAndAStylesheetStayAsTheyAre() {
    String css = "<style>\nbody {\n  margin: 0;\n}\n</style> a {b} c {";
    assertEquals(css, TemplateDelimiters.inert(css));
  }

  @Test
  void aMarkdownProcessorShowsTheBraceAgain() {
    String md = TemplateDelimiters.inert("Write {{ name }} here.");
    String html = HtmlRenderer.builder().build().render(Parser.builder().build().parse(md));
    assertEquals("<p>Write {{ name }} here.</p>\n", html);
  }

  @Test
  void runsOfTextAroundTheBracesAreCopiedAsTheyAre() {
    // Random pages of braces, delimiter characters, kept braces and text: the guard changes them as
    // a character-by-character walk does.
    String alphabet = "{{{%#<}a b\n" + TemplateDelimiters.CODE_BRACE;
    Random random = new Random(18);
    for (int n = 0; n < 20_000; n++) {
      StringBuilder page = new StringBuilder();
      int length = random.nextInt(24);
      for (int i = 0; i < length; i++) {
        page.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String p = page.toString();
      assertEquals(byCharacter(p), TemplateDelimiters.inert(p), p);
    }
  }

  private static String byCharacter(String page) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < page.length(); i++) {
      char c = page.charAt(i);
      if (TemplateDelimiters.opens(page, i)) sb.append("&#123;");
      else if (c == TemplateDelimiters.CODE_BRACE) sb.append('{');
      else sb.append(c);
    }
    return sb.toString();
  }
}
