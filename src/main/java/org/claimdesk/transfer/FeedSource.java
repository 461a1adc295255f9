package org.claimdesk.transfer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.claimdesk.shared.UserFacingException;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * An RSS 2.0 or Atom feed file: each item or entry is a document. The body is {@code
 * content:encoded} or {@code description} (RSS), {@code content} or {@code summary} (Atom).
 */
final class FeedSource implements RecordSource {

  private static final String ATOM = "http://www.w3.org/2005/Atom";
  private static final String CONTENT = "http://purl.org/rss/1.0/modules/content/";

  private final Path file;

  FeedSource(Path file) {
    this.file = file;
  }

  @Override
  public void read(Consumer<SourceRecord> sink) throws IOException {
    Document xml;
    try (InputStream in = Files.newInputStream(file)) {
      xml = SafeXml.parse(in);
    }
    Element root = xml.getDocumentElement();
    if (ATOM.equals(root.getNamespaceURI()) && "feed".equals(root.getLocalName())) {
      String outlet = child(root, ATOM, "title");
      int n = 0;
      for (Element entry : children(root, ATOM, "entry")) {
        n++;
        String body = child(entry, ATOM, "content");
        if (body == null || body.isBlank()) {
          body = child(entry, ATOM, "summary");
        }
        String published = child(entry, ATOM, "published");
        sink.accept(
            Drafts.of(
                n,
                child(entry, ATOM, "title"),
                outlet,
                atomLink(entry),
                published != null ? published : child(entry, ATOM, "updated"),
                body));
      }
      return;
    }
    if (!"rss".equals(root.getLocalName())) {
      throw new UserFacingException(
          "The file is XML but neither an RSS (<rss>) nor an Atom (<feed>) feed.");
    }
    int n = 0;
    for (Element channel : children(root, null, "channel")) {
      String outlet = child(channel, null, "title");
      for (Element item : children(channel, null, "item")) {
        n++;
        String body = child(item, CONTENT, "encoded");
        if (body == null || body.isBlank()) {
          body = child(item, null, "description");
        }
        sink.accept(
            Drafts.of(
                n,
                child(item, null, "title"),
                outlet,
                child(item, null, "link"),
                child(item, null, "pubDate"),
                body));
      }
    }
  }

  private static java.util.List<Element> children(
      Element parent, @Nullable String namespace, String name) {
    java.util.List<Element> found = new java.util.ArrayList<>();
    NodeList nodes = parent.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      Node node = nodes.item(i);
      if (node instanceof Element e
          && name.equals(e.getLocalName())
          && (namespace == null
              ? e.getNamespaceURI() == null
              : namespace.equals(e.getNamespaceURI()))) {
        found.add(e);
      }
    }
    return found;
  }

  private static @Nullable String child(Element parent, @Nullable String namespace, String name) {
    var found = children(parent, namespace, name);
    return found.isEmpty() ? null : found.getFirst().getTextContent().strip();
  }

  private static @Nullable String atomLink(Element entry) {
    String any = null;
    for (Element link : children(entry, ATOM, "link")) {
      String rel = link.getAttribute("rel");
      if (rel.isEmpty() || rel.equals("alternate")) {
        return link.getAttribute("href");
      }
      any = link.getAttribute("href");
    }
    return any;
  }
}
