package dev.policyascode.export.stores;

import com.dd.plist.NSArray;
import com.dd.plist.NSDictionary;
import com.dd.plist.NSNumber;
import com.dd.plist.NSObject;
import com.dd.plist.NSString;
import com.dd.plist.PropertyListParser;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * Reads an XML property list in two independent ways: the document must be valid against Apple's
 * PropertyList-1.0 DTD (kept in the test resources, so that this works offline), and its values are
 * then read by dd-plist, a property-list library, into maps (in the file's order), lists, strings
 * and booleans.
 */
final class PropertyLists {

  static final Path DTD = Path.of("src/test/resources/store-labels/apple/PropertyList-1.0.dtd");

  private PropertyLists() {}

  static Object parse(byte[] xml) throws Exception {
    validate(xml);
    return value(PropertyListParser.parse(xml));
  }

  private static void validate(byte[] xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setValidating(true);
    DocumentBuilder b = f.newDocumentBuilder();
    b.setEntityResolver(
        (publicId, systemId) -> {
          if (!"http://www.apple.com/DTDs/PropertyList-1.0.dtd".equals(systemId)) {
            throw new IllegalArgumentException("not Apple's plist DTD: " + systemId);
          }
          InputStream in = Files.newInputStream(DTD);
          return new InputSource(in);
        });
    b.setErrorHandler(
        new ErrorHandler() {
          @Override
          public void warning(SAXParseException e) {}

          @Override
          public void error(SAXParseException e) throws SAXParseException {
            throw e;
          }

          @Override
          public void fatalError(SAXParseException e) throws SAXParseException {
            throw e;
          }
        });
    b.parse(new ByteArrayInputStream(xml));
  }

  private static Object value(NSObject o) {
    if (o instanceof NSDictionary d) {
      Map<String, Object> m = new LinkedHashMap<>();
      for (Map.Entry<String, NSObject> e : d.getHashMap().entrySet()) {
        m.put(e.getKey(), value(e.getValue()));
      }
      return m;
    }
    if (o instanceof NSArray a) {
      List<Object> l = new ArrayList<>();
      for (NSObject x : a.getArray()) l.add(value(x));
      return List.copyOf(l);
    }
    if (o instanceof NSString s) return s.getContent();
    if (o instanceof NSNumber n && n.type() == NSNumber.BOOLEAN) return n.boolValue();
    throw new IllegalArgumentException("unexpected value in the manifest: " + o);
  }
}
