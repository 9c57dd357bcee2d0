package org.newsroom.comments;

import jakarta.inject.Singleton;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

import java.util.List;

/**
 * A comment's text as safe HTML: paragraphs, line breaks, bare links made clickable and a small
 * Markdown subset; HTML typed by the reader is shown as text, and the result goes through the
 * OWASP sanitizer with a narrow policy. Links carry rel="nofollow ugc".
 */
@Singleton
public class ContentRenderer {

    private static final List<Extension> EXTENSIONS = List.of(AutolinkExtension.create());
    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "em", "strong", "code", "pre", "blockquote", "ul", "ol", "li", "a")
            .allowUrlProtocols("http", "https")
            .allowAttributes("href").onElements("a")
            .requireRelsOnLinks("nofollow", "ugc")
            .toFactory();

    private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();
    private final HtmlRenderer renderer = HtmlRenderer.builder()
            .extensions(EXTENSIONS)
            .escapeHtml(true)
            .sanitizeUrls(true)
            .softbreak("<br />\n")
            .build();

    public String toSafeHtml(String text) {
        // "<" typed by the reader never opens markup: Markdown then sees plain text everywhere
        return POLICY.sanitize(renderer.render(parser.parse(text.replace("<", "&lt;"))));
    }
}
