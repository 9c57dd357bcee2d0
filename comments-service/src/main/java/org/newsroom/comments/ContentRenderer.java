package org.newsroom.comments;

import jakarta.inject.Singleton;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

import java.util.List;
import java.util.Set;

/**
 * A comment's text as safe HTML: paragraphs, line breaks, bare links made clickable and a small
 * Markdown subset; HTML typed by the reader is shown as text, and the result still goes through
 * the OWASP sanitizer with a narrow policy. Links carry rel="nofollow ugc". An imported comment's
 * HTML is laid out as WordPress shows it and goes through the same policy, plus headings and a few
 * inline elements that WordPress comments use.
 */
@Singleton
public class ContentRenderer {

    private static final List<Extension> EXTENSIONS = List.of(AutolinkExtension.create());
    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "em", "strong", "code", "pre", "blockquote", "ul", "ol", "li", "a")
            .allowUrlProtocols("http", "https")
            // commonmark's URL sanitizer empties a refused destination: without an href the link is its text only
            .allowAttributes("href").matching(href -> !href.isBlank()).onElements("a")
            .requireRelsOnLinks("nofollow", "ugc")
            .toFactory();
    private static final PolicyFactory HTML_POLICY = POLICY.and(new HtmlPolicyBuilder()
            .allowElements("h1", "h2", "h3", "h4", "h5", "h6", "b", "i", "del", "ins")
            .toFactory());

    // no HTML blocks: a line that starts with a tag stays an ordinary paragraph (escaped, line breaks kept)
    private final Parser parser = Parser.builder()
            .enabledBlockTypes(Set.of(Heading.class, ThematicBreak.class, FencedCodeBlock.class, IndentedCodeBlock.class,
                    BlockQuote.class, ListBlock.class))
            .extensions(EXTENSIONS)
            .build();
    private final HtmlRenderer renderer = HtmlRenderer.builder()
            .extensions(EXTENSIONS)
            .escapeHtml(true)
            .sanitizeUrls(true)
            .softbreak("<br />\n")
            .build();

    public String toSafeHtml(String text) {
        return POLICY.sanitize(renderer.render(parser.parse(text)));
    }

    /** Content written in HTML (an imported WordPress comment): blank lines make paragraphs, line breaks {@code <br />}. */
    public String htmlToSafeHtml(String html) {
        return HTML_POLICY.sanitize(WordPressParagraphs.of(html));
    }
}
