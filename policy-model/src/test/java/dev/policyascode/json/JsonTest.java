package dev.policyascode.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.json.JsonMapper;

class JsonTest {

  /** Every kind of value, nested, with text that needs escaping. */
  private static final String SAMPLE =
      "{\"s\":\"a \\\"quoted\\\" é\\n\\u0001 </script>\",\"i\":7,\"l\":12345678901,"
          + "\"big\":123456789012345678901234567890,\"d\":1.5,\"t\":true,\"f\":false,\"n\":null,"
          + "\"empty\":{},\"none\":[],\"list\":[1,\"two\",{\"three\":[3]}]}";

  @Test
  void writesWhatDatabindWroteToTheByte() {
    // The reports, schemas and matrices were written by databind with this printer; the files
    // must not change.
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter(
                Separators.createDefaultInstance()
                    .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("")
                    .withArrayEmptySeparator(""))
            .withObjectIndenter(indenter)
            .withArrayIndenter(indenter);
    JsonMapper mapper = JsonMapper.builder().build();
    String databind = mapper.writer().with(printer).writeValueAsString(mapper.readTree(SAMPLE));

    assertEquals(databind, Json.pretty(Json.read(SAMPLE)));
    assertEquals(mapper.readTree(SAMPLE).toString(), Json.compact(Json.read(SAMPLE)));
  }

  @Test
  void readsEachKindOfValue() {
    JsonObject o = (JsonObject) Json.read(SAMPLE);
    assertEquals("a \"quoted\" é\n\u0001 </script>", o.string("s"));
    assertEquals(7, o.get("i"));
    assertEquals(12345678901L, o.get("l"));
    assertEquals(new BigInteger("123456789012345678901234567890"), o.get("big"));
    assertEquals(1.5, o.get("d"));
    assertEquals(Boolean.TRUE, o.get("t"));
    assertTrue(o.has("n"));
    assertNull(o.get("n"));
    assertNull(o.string("i"));
    assertEquals(3, o.array("list").size());
    assertEquals("{\"three\":[3]}", o.array("list").get(2).toString());
  }

  @Test
  void writesMapsAndListsAsObjectsAndArraysInTheirOrder() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("z", 1L);
    m.put("a", List.of("x", true));
    assertEquals("{\n  \"z\": 1,\n  \"a\": [\n    \"x\",\n    true\n  ]\n}", Json.pretty(m));
  }

  @Test
  void anEmptyTextHasNoValue() {
    assertSame(Json.NOTHING, Json.read(" \n"));
  }

  @Test
  void aDuplicateKeyIsRefused() {
    JacksonException e =
        assertThrows(JacksonException.class, () -> Json.read("{\"a\": 1,\n \"a\": 2}"));
    assertTrue(e.getOriginalMessage().contains("Duplicate"), e.getOriginalMessage());
    assertEquals(2, e.getLocation().getLineNr());
  }

  @Test
  void textAfterTheValueIsRefused() {
    JacksonException e = assertThrows(JacksonException.class, () -> Json.read("{}\n{}"));
    assertTrue(e.getOriginalMessage().startsWith("Trailing token"), e.getOriginalMessage());
  }

  @Test
  void aValueThatIsNoJsonIsRefusedWhenPut() {
    assertThrows(IllegalArgumentException.class, () -> new JsonObject().put("x", new Object()));
  }
}
