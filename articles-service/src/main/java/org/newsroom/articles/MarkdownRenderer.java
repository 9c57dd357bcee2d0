package org.newsroom.articles;

import jakarta.inject.Singleton;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

import java.util.List;

/** Markdown to HTML that is safe to put in a page, and to plain text for excerpts. */
@Singleton
public class MarkdownRenderer {

    private static final int EXCERPT_LENGTH = 300;
    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final PolicyFactory POLICY = Sanitizers.BLOCKS
            .and(Sanitizers.FORMATTING)
            .and(Sanitizers.LINKS)
            .and(Sanitizers.TABLES)
            .and(Sanitizers.IMAGES)
            .and(new HtmlPolicyBuilder().allowElements("pre", "hr").toFactory());

    private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();
    private final HtmlRenderer html = HtmlRenderer.builder().extensions(EXTENSIONS).build();
    private final TextContentRenderer text = TextContentRenderer.builder().build();

    public String toSafeHtml(String markdown) {
        return POLICY.sanitize(html.render(parser.parse(markdown)));
    }

    /** The start of the body as plain text, cut at a word boundary. */
    public String excerpt(String markdown) {
        Node document = parser.parse(markdown);
        String plain = text.render(document).replaceAll("<[^>]*>", " ").replaceAll("\\s+", " ").trim();
        if (plain.length() <= EXCERPT_LENGTH) {
            return plain;
        }
        int cut = plain.lastIndexOf(' ', EXCERPT_LENGTH - 1);
        return plain.substring(0, cut > 0 ? cut : EXCERPT_LENGTH - 1) + "…";
    }
}
