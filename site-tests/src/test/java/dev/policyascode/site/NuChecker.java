package dev.policyascode.site;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * The W3C Nu HTML checker (the engine of validator.w3.org/nu), in-process: the errors it finds in
 * an HTML document, each as {@code line:column: message}. Warnings and information are not errors.
 */
final class NuChecker {

  /** The HTML schema the checker's own command line uses by default. */
  private static final String SCHEMA = "http://s.validator.nu/html5-rdfalite.rnc";

  private final SimpleDocumentValidator validator;
  private final List<String> errors = new ArrayList<>();

  NuChecker() throws Exception {
    ErrorHandler collect =
        new ErrorHandler() {
          @Override
          public void warning(SAXParseException e) {}

          @Override
          public void error(SAXParseException e) {
            errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
          }

          @Override
          public void fatalError(SAXParseException e) {
            error(e);
          }
        };
    validator = new SimpleDocumentValidator(true, false, true);
    validator.setUpMainSchema(SCHEMA, collect);
    validator.setUpValidatorAndParsers(collect, false, false);
  }

  synchronized List<String> errors(String html, String systemId) throws Exception {
    errors.clear();
    InputSource source = new InputSource(new StringReader(html));
    source.setSystemId(systemId);
    try {
      validator.checkHtmlInputSource(source);
    } catch (SAXParseException e) {
      // a fatal error was reported to the handler already
    }
    return List.copyOf(errors);
  }
}
