package dev.policyascode.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FlowSvgTest {

  static final Map<String, String> WORDS = new LinkedHashMap<>();

  static {
    for (String k :
        List.of(
            "title",
            "desc",
            "subjects",
            "data",
            "activities",
            "recipients",
            "countries",
            "dashed",
            "marked")) {
      WORDS.put("register.flow." + k, k + " <&>");
    }
  }

  static final String HOSTILE = "</text><script>alert(\"x\")</script> & 'quote' <b>b</b>";

  @Test
  void everyTextIsEscaped() {
    List<List<Flow.Node>> columns =
        List.of(
            List.of(new Flow.Node("s", HOSTILE, List.of(HOSTILE), true)),
            List.of(new Flow.Node("d", "d", List.of(), false)),
            List.of(new Flow.Node("a", "a", List.of(), false)),
            List.of(new Flow.Node("r", "r", List.of(), false)),
            List.of(new Flow.Node("c", "c", List.of(), false)));
    String svg =
        FlowSvg.draw(
            new Flow(columns, List.of(new Flow.Edge(0, "s", "d", false)), List.of()), WORDS);
    assertFalse(svg.contains("<script"), svg);
    assertFalse(svg.contains("<b>"), svg);
    assertFalse(svg.contains("</text><script"), svg);
    assertTrue(svg.contains("&lt;/text&gt;&lt;script&gt;alert(&quot;x&quot;)"), svg);
    assertTrue(svg.contains("&amp;"), svg);
    assertTrue(svg.contains("<title id=\"flow-title\">title &lt;&amp;&gt;</title>"), svg);
  }

  @Test
  void aLongWordIsCutAndLongNotesEndWithAnEllipsis() {
    assertEquals(List.of("abcde", "fghij", "k"), FlowSvg.wrap("abcdefghijk", 5, 9));
    assertEquals(List.of("one two", "three…"), FlowSvg.wrap("one two three four five", 7, 2));
  }
}
