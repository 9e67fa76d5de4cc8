package dev.policyascode.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
