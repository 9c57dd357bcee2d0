package org.newsroom.wpimport.wxr;

import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads a WordPress export with StAX, one item at a time: memory holds one item and its comments,
 * whatever the file's size. DTDs and external entities are off: a DOCTYPE is refused, never read.
 * {@link #validate} reads the whole file first, so that a bad file is refused before anything is imported.
 */
public final class WxrReader {

    private static final XMLInputFactory FACTORY = secureFactory();

    private WxrReader() {
    }

    /**
     * The first pass: well-formed to the end, no DOCTYPE, a {@code wp:wxr_version} in the channel, and every item
     * read as the second pass reads it, so that an item the second pass would refuse stops the import before it starts.
     */
    public static WxrSite validate(Path file) throws InvalidExport, IOException {
        try (InputStream in = open(file)) {
            XMLStreamReader xml = reader(in);
            String version = null;
            String blogUrl = null;
            String siteUrl = null;
            String link = null;
            long items = 0;
            long comments = 0;
            int depth = 0;
            while (more(xml)) {
                int event = next(xml);
                if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                } else if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                    String uri = xml.getNamespaceURI();
                    String name = xml.getLocalName();
                    if (depth == 1 && !("rss".equals(name) && Namespaces.isNone(uri))) {
                        throw new InvalidExport("not a WordPress export: the document is <" + name + ">, not <rss>");
                    }
                    if (depth == 3 && Namespaces.isWordPress(uri) && "wxr_version".equals(name)) {
                        version = text(xml).strip();
                        depth--;
                    } else if (depth == 3 && Namespaces.isWordPress(uri) && "base_blog_url".equals(name)) {
                        blogUrl = text(xml).strip();
                        depth--;
                    } else if (depth == 3 && Namespaces.isWordPress(uri) && "base_site_url".equals(name)) {
                        siteUrl = text(xml).strip();
                        depth--;
                    } else if (depth == 3 && Namespaces.isNone(uri) && "link".equals(name)) {
                        link = text(xml).strip();
                        depth--;
                    } else if (depth == 3 && Namespaces.isNone(uri) && "item".equals(name)) {
                        items++;
                        comments += item(xml).comments().size();
                        depth--;
                    }
                }
            }
            if (version == null || version.isEmpty()) {
                throw new InvalidExport("not a WordPress export: the channel has no wp:wxr_version");
            }
            String site = firstPresent(blogUrl, link, siteUrl);
            if (site == null) {
                throw new InvalidExport("the export names no site (no wp:base_blog_url, link or wp:base_site_url)");
            }
            return new WxrSite(version, site.replaceAll("/+$", ""), items, comments);
        }
    }

    /** The second pass: every item, in file order, its comments with parents first. */
    public static void read(Path file, Consumer<WxrItem> items) throws InvalidExport, IOException {
        try (InputStream in = open(file)) {
            XMLStreamReader xml = reader(in);
            while (more(xml)) {
                if (next(xml) == XMLStreamConstants.START_ELEMENT && "item".equals(xml.getLocalName())
                        && Namespaces.isNone(xml.getNamespaceURI())) {
                    items.accept(item(xml));
                }
            }
        }
    }

    private static WxrItem item(XMLStreamReader xml) throws InvalidExport {
        var item = new ItemFields();
        List<WxrComment> comments = new ArrayList<>();
        while (next(xml) != XMLStreamConstants.END_ELEMENT || !"item".equals(xml.getLocalName())) {
            if (xml.getEventType() != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            String uri = xml.getNamespaceURI();
            String name = xml.getLocalName();
            if (Namespaces.isWordPress(uri) && "comment".equals(name)) {
                comments.add(comment(xml));
            } else if (Namespaces.isWordPress(uri)) {
                item.wordPress(name, xml);
            } else if (Namespaces.isNone(uri) && "title".equals(name)) {
                item.title = HtmlTitle.text(text(xml));
            } else if (Namespaces.isNone(uri) && "category".equals(name)) {
                item.category(xml.getAttributeValue(null, "domain"), text(xml));
            } else if (Namespaces.isDublinCore(uri) && "creator".equals(name)) {
                item.creator = text(xml);
            } else if (Namespaces.isContent(uri) && "encoded".equals(name)) {
                item.content = text(xml);
            } else if (Namespaces.isExcerpt(uri) && "encoded".equals(name)) {
                item.excerpt = text(xml);
            } else {
                skip(xml);
            }
        }
        return item.toItem(ReplyOrder.parentsFirst(comments));
    }

    private static WxrComment comment(XMLStreamReader xml) throws InvalidExport {
        var fields = new java.util.HashMap<String, String>();
        while (next(xml) != XMLStreamConstants.END_ELEMENT) {
            if (xml.getEventType() == XMLStreamConstants.START_ELEMENT) {
                if (Namespaces.isWordPress(xml.getNamespaceURI()) && !"commentmeta".equals(xml.getLocalName())) {
                    fields.put(xml.getLocalName(), text(xml));
                } else {
                    skip(xml);
                }
            }
        }
        String parent = fields.getOrDefault("comment_parent", "").strip();
        return new WxrComment(fields.getOrDefault("comment_id", "").strip(),
                parent.isEmpty() ? WxrComment.NO_PARENT : parent,
                fields.getOrDefault("comment_author", ""), fields.getOrDefault("comment_author_email", "").strip(),
                fields.getOrDefault("comment_author_url", "").strip(), fields.getOrDefault("comment_author_IP", "").strip(),
                fields.getOrDefault("comment_date", "").strip(), fields.getOrDefault("comment_date_gmt", "").strip(),
                fields.getOrDefault("comment_content", ""), fields.getOrDefault("comment_approved", "").strip(),
                fields.getOrDefault("comment_type", "").strip());
    }

    /** An item's fields as they are met; WordPress writes them in no guaranteed order. */
    private static final class ItemFields {
        String id = "";
        String type = "";
        String title = "";
        String name = "";
        String creator = "";
        String content = "";
        String excerpt = "";
        String status = "";
        String commentStatus = "";
        String date = "";
        String dateGmt = "";
        String password = "";
        final List<String> tags = new ArrayList<>();

        void wordPress(String element, XMLStreamReader xml) throws InvalidExport {
            switch (element) {
                case "post_id" -> id = text(xml).strip();
                case "post_type" -> type = text(xml).strip();
                case "post_name" -> name = text(xml).strip();
                case "status" -> status = text(xml).strip();
                case "comment_status" -> commentStatus = text(xml).strip();
                case "post_date" -> date = text(xml).strip();
                case "post_date_gmt" -> dateGmt = text(xml).strip();
                case "post_password" -> password = text(xml);
                default -> skip(xml);
            }
        }

        void category(String domain, String label) {
            if ("post_tag".equals(domain) && !label.isBlank()) {
                tags.add(label);
            }
        }

        WxrItem toItem(List<WxrComment> comments) {
            return new WxrItem(id, type, title, name, creator, content, excerpt, List.copyOf(tags), status, commentStatus,
                    date, dateGmt, password, comments);
        }
    }

    /** The text of a text-only element, like {@link XMLStreamReader#getElementText}, naming an element found inside. */
    private static String text(XMLStreamReader xml) throws InvalidExport {
        String element = xml.getPrefix() == null || xml.getPrefix().isEmpty() ? xml.getLocalName()
                : xml.getPrefix() + ":" + xml.getLocalName();
        StringBuilder text = new StringBuilder();
        while (true) {
            switch (next(xml)) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> text.append(xml.getText());
                case XMLStreamConstants.END_ELEMENT -> {
                    return text.toString();
                }
                case XMLStreamConstants.START_ELEMENT -> throw new InvalidExport("not a WordPress export: <" + element
                        + "> holds an element, <" + xml.getLocalName() + "> at line " + xml.getLocation().getLineNumber()
                        + ", where WordPress writes text");
                case XMLStreamConstants.END_DOCUMENT -> throw new InvalidExport("not well-formed XML: the file ends inside <"
                        + element + ">");
                default -> {
                }
            }
        }
    }

    private static void skip(XMLStreamReader xml) throws InvalidExport {
        int depth = 1;
        while (depth > 0) {
            int event = next(xml);
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    private static boolean more(XMLStreamReader xml) throws InvalidExport {
        try {
            return xml.hasNext();
        } catch (XMLStreamException e) {
            throw notWellFormed(e);
        }
    }

    private static int next(XMLStreamReader xml) throws InvalidExport {
        try {
            int event = xml.next();
            if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_DECLARATION) {
                throw new InvalidExport("refused: the file declares a DOCTYPE or entities (line "
                        + xml.getLocation().getLineNumber() + "); a WordPress export has none, and they are never read");
            }
            if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                throw new InvalidExport("refused: the file refers to the entity &" + xml.getLocalName() + "; (line "
                        + xml.getLocation().getLineNumber() + ")");
            }
            return event;
        } catch (XMLStreamException e) {
            throw notWellFormed(e);
        }
    }

    private static XMLStreamReader reader(InputStream in) throws InvalidExport {
        try {
            return FACTORY.createXMLStreamReader(in);
        } catch (XMLStreamException e) {
            throw notWellFormed(e);
        }
    }

    private static InvalidExport notWellFormed(XMLStreamException e) {
        Location at = e.getLocation();
        String message = e.getMessage() == null ? "" : e.getMessage();
        int reason = message.indexOf("Message: ");
        String why = reason >= 0 ? message.substring(reason + "Message: ".length()) : message;
        String where = at == null ? "" : " at line " + at.getLineNumber() + ", column " + at.getColumnNumber();
        return new InvalidExport("not well-formed XML" + where + ": " + why.strip());
    }

    private static InputStream open(Path file) throws IOException {
        return new BufferedInputStream(Files.newInputStream(file), 1 << 16);
    }

    private static String firstPresent(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }

    private static XMLInputFactory secureFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }
}
