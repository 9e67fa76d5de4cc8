package dev.policyascode.export.stores;

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
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * Reads an XML property list as Apple's tools do: the document must be valid against Apple's
 * PropertyList-1.0 DTD (kept in the test resources, so that this works offline), and is read into
 * maps, lists, strings and booleans. No property-list library resolves offline here.
 */
final class PropertyLists {

  static final Path DTD = Path.of("src/test/resources/store-labels/apple/PropertyList-1.0.dtd");

  private PropertyLists() {}

  static Object parse(byte[] xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setValidating(true);
    f.setIgnoringElementContentWhitespace(true);
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
    Element plist = b.parse(new ByteArrayInputStream(xml)).getDocumentElement();
    if (!plist.getTagName().equals("plist")) throw new IllegalArgumentException("not a plist");
    return value(children(plist).get(0));
  }

  private static Object value(Element e) {
    switch (e.getTagName()) {
      case "dict" -> {
        Map<String, Object> m = new LinkedHashMap<>();
        List<Element> c = children(e);
        for (int i = 0; i < c.size(); i += 2) {
          if (m.put(c.get(i).getTextContent(), value(c.get(i + 1))) != null) {
            throw new IllegalArgumentException("key twice: " + c.get(i).getTextContent());
          }
        }
        return m;
      }
      case "array" -> {
        return children(e).stream().map(PropertyLists::value).toList();
      }
      case "string" -> {
        return e.getTextContent();
      }
      case "true" -> {
        return Boolean.TRUE;
      }
      case "false" -> {
        return Boolean.FALSE;
      }
      default -> throw new IllegalArgumentException("unexpected <" + e.getTagName() + ">");
    }
  }

  private static List<Element> children(Element e) {
    List<Element> out = new ArrayList<>();
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element el) out.add(el);
    }
    return out;
  }
}
