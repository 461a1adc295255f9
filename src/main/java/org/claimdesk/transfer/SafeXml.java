package org.claimdesk.transfer;

import java.io.IOException;
import java.io.InputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.claimdesk.shared.UserFacingException;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;

/**
 * The JDK's XML parser set up for hostile input: no DOCTYPE at all (so no external entities and no
 * entity expansion bombs), no XInclude, no external schemas or stylesheets.
 */
final class SafeXml {

  private SafeXml() {}

  static Document parse(InputStream in) throws IOException {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      factory.setXIncludeAware(false);
      factory.setExpandEntityReferences(false);
      DocumentBuilder builder = factory.newDocumentBuilder();
      builder.setErrorHandler(null);
      return builder.parse(in);
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("The JDK's XML parser lacks a safety feature", e);
    } catch (SAXException e) {
      String why = e.getMessage() == null ? "unreadable" : e.getMessage();
      throw new UserFacingException(
          "The feed is not well-formed XML"
              + (why.contains("DOCTYPE") ? " or declares a DOCTYPE, which is refused" : "")
              + ": "
              + JsonLinesSource.firstLine(why));
    }
  }
}
