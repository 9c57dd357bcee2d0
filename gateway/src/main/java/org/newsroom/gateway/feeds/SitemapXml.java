package org.newsroom.gateway.feeds;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.List;

/** The sitemap protocol's two documents, written with an XML writer (so every URL is escaped). */
final class SitemapXml {

    static final String CONTENT_TYPE = "application/xml; charset=utf-8";
    private static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    record Location(String url, Instant lastModified) {
    }

    private SitemapXml() {
    }

    static byte[] urlset(List<Location> urls) {
        return document("urlset", "url", urls);
    }

    static byte[] index(List<Location> sitemaps) {
        return document("sitemapindex", "sitemap", sitemaps);
    }

    private static byte[] document(String root, String element, List<Location> locations) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 + locations.size() * 128);
        try {
            XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement(root);
            xml.writeDefaultNamespace(NAMESPACE);
            for (Location location : locations) {
                xml.writeStartElement(element);
                text(xml, "loc", location.url());
                text(xml, "lastmod", location.lastModified().toString());
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("sitemap could not be written", e);
        }
        return out.toByteArray();
    }

    private static void text(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }
}
