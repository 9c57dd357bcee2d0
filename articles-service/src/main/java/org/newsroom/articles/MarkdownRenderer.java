package org.newsroom.articles;

import jakarta.inject.Singleton;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

import java.util.List;
import java.util.regex.Pattern;

/** Markdown to HTML that is safe to put in a page, and to plain text for excerpts. */
@Singleton
public class MarkdownRenderer {

    private static final int EXCERPT_LENGTH = 300;
    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    /** What article HTML may hold, whatever it was written in. */
    static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("h1", "h2", "h3", "h4", "h5", "h6", "p", "br", "hr", "blockquote", "pre", "code",
                    "em", "strong", "b", "i", "del", "s", "sub", "sup", "ul", "ol", "li",
                    "table", "thead", "tbody", "tr", "th", "td", "a", "img")
            .allowAttributes("start").matching(Pattern.compile("[0-9]{1,9}")).onElements("ol")
            .allowAttributes("class").matching(Pattern.compile("language-[A-Za-z0-9_+-]{1,40}")).onElements("code")
            .allowAttributes("align").matching(true, "left", "center", "right").onElements("th", "td")
            // an empty destination would link the page to itself: without an href the link is its text only
            .allowAttributes("href").matching((element, attribute, value) -> value.isBlank() ? null : value).onElements("a")
            .allowAttributes("title").onElements("a")
            .allowAttributes("src").matching(Pattern.compile("(?i)https?://\\S+")).onElements("img")
            .allowAttributes("alt", "title").onElements("img")
            .allowUrlProtocols("http", "https", "mailto")
            .requireRelsOnLinks("nofollow", "noopener")
            .toFactory();

    private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();
    private final HtmlRenderer html = HtmlRenderer.builder().extensions(EXTENSIONS).build();

    public String toSafeHtml(String markdown) {
        return POLICY.sanitize(html.render(parser.parse(markdown)));
    }

    /** The start of the body as plain text: the words a reader sees, no markup, cut at a word boundary. */
    public String excerpt(String markdown) {
        return HtmlBody.excerptOfSafe(toSafeHtml(markdown));
    }

    /** Plain text squeezed to single spaces and cut at a word boundary to excerpt length. */
    static String cut(String text) {
        String plain = text.replaceAll("\\s+", " ").strip();
        if (plain.length() <= EXCERPT_LENGTH) {
            return plain;
        }
        int cut = plain.lastIndexOf(' ', EXCERPT_LENGTH - 1);
        return plain.substring(0, cut > 0 ? cut : EXCERPT_LENGTH - 1) + "…";
    }
}
