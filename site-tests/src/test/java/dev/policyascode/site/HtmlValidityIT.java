package dev.policyascode.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every HTML file of the output passes the W3C Nu HTML checker with no error. A fragment is checked
 * inside the minimal page a site would include it in.
 */
class HtmlValidityIT {

  /** The checker finds errors where there are some, so that an empty list means valid. */
  @Test
  void theCheckerFindsTheErrorsOfAFaultyPage() throws Exception {
    String html = Files.readString(Path.of("src/test/resources/faulty/faulty.html"));
    String errors = String.join("\n", new NuChecker().errors(html, "faulty.html"));
    assertTrue(errors.contains("“img” element must have an “alt” attribute"), errors);
    assertTrue(errors.contains("End tag “section” seen, but there were open elements"), errors);
  }

  @TestFactory
  Stream<DynamicTest> everyPageIsValidHtml() throws Exception {
    NuChecker checker = new NuChecker();
    List<Outputs.Page> pages = Outputs.pages();
    assertFalse(pages.isEmpty(), "no HTML file in " + Outputs.roots());
    return pages.stream()
        .map(
            page ->
                DynamicTest.dynamicTest(
                    page.toString(),
                    page.file().toUri(),
                    () -> {
                      String html = page.fragment() ? Outputs.hostPage(page.html()) : page.html();
                      assertEquals(
                          List.of(),
                          checker.errors(html, page.toString()),
                          page
                              + " is not valid HTML"
                              + (page.fragment() ? " (inside a minimal page)" : ""));
                    }));
  }
}
