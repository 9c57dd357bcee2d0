package org.newsroom.comments;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class ContentRendererTest {

    private static final Set<String> ALLOWED = Set.of("#root", "html", "head", "body", "p", "br", "em", "strong", "code", "pre",
            "blockquote", "ul", "ol", "li", "a");
    private static final Set<String> ALLOWED_IN_HTML = Stream.concat(ALLOWED.stream(),
            Stream.of("h1", "h2", "h3", "h4", "h5", "h6", "b", "i", "del", "ins")).collect(Collectors.toSet());

    private final ContentRenderer renderer = new ContentRenderer();

    static List<String> hostilePayloads() {
        return List.of(
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "<svg/onload=alert(1)>",
            "<svg><script>alert(1)</script></svg>",
            "<a href=\"jAvAsCrIpT:alert(1)\">click</a>",
            "<a href=\"&#106;avascript:alert(1)\">entity</a>",
            "<a href=\"&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1)\">hex</a>",
            "[x](javascript:alert(1))",
            "[x](JAVASCRIPT:alert(1))",
            "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
            "![img](javascript:alert(1))",
            "<iframe src=\"https://evil.example\"></iframe>",
            "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
            "<style>body{background:url(javascript:alert(1))}</style>",
            "<div style=\"width:expression(alert(1))\">x</div>",
            "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>",
            "<body onload=alert(1)>",
            "<object data=\"javascript:alert(1)\"></object>",
            "<embed src=\"javascript:alert(1)\">",
            "<form action=\"javascript:alert(1)\"><input type=submit></form>",
            "<details open ontoggle=alert(1)>",
            "<scr<script>ipt>alert(1)</scr</script>ipt>",
            "<<script>alert(1)//<</script>",
            "<a href=\"https://ok.example\" onclick=\"alert(1)\" style=\"color:red\">ok</a>",
            "<video><source onerror=\"alert(1)\"></video>",
            "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
            "<base href=\"javascript:alert(1)//\">",
            "\"><script>alert(document.cookie)</script>",
            "<IMG SRC=\"jav\tascript:alert('XSS');\">",
            "<a href=\"  javascript:alert(1)\">space</a>",
            "[a](https://ok.example \"title\" onmouseover=alert(1))",
            "[x](https://a.example\" onclick=\"alert(1))",
            "<https://x.example\" onmouseover=\"alert(1)>",
            "[x](&#106;avascript:alert(1))",
            "[x](vbscript:msgbox(1))",
            "<a href=\"java&#x09;script:alert(1)\">tab</a>",
            "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>",
            "<template><script>alert(1)</script></template>",
            "<svg><animate onbegin=alert(1) attributeName=x dur=1s>",
            "<input autofocus onfocus=alert(1)>",
            "<marquee onstart=alert(1)>x</marquee>",
            "<link rel=stylesheet href=javascript:alert(1)>",
            "<div>\n<img src=x onerror=alert(1)>\n</div>",
            "`<script>alert(1)</script>`",
            "```\n<script>alert(1)</script>\n```",
            "> <img src=x onerror=alert(1)>\n> quoted");
    }

    @ParameterizedTest
    @MethodSource("hostilePayloads")
    void hostilePayloadsLeaveNoActiveMarkup(String payload) {
        assertOnlySafeMarkup(renderer.toSafeHtml("Intro text\n\n" + payload + "\n\nOutro"), ALLOWED, payload);
    }

    @ParameterizedTest
    @MethodSource("hostilePayloads")
    void hostilePayloadsInImportedHtmlLeaveNoActiveMarkup(String payload) {
        assertOnlySafeMarkup(renderer.htmlToSafeHtml("Intro text\n\n" + payload + "\n\nOutro"), ALLOWED_IN_HTML, payload);
    }

    private static void assertOnlySafeMarkup(String safeHtml, Set<String> allowed, String payload) {
        Document html = Jsoup.parse(safeHtml);

        for (Element element : html.getAllElements()) {
            assertThat(allowed).as("element <%s> from %s", element.tagName(), payload).contains(element.tagName());
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                assertThat(name).as(payload).isIn("href", "rel");
                if (name.equals("href")) {
                    String href = attribute.getValue().toLowerCase(Locale.ROOT).strip();
                    assertThat(href.startsWith("http://") || href.startsWith("https://")).as(payload + " -> " + href).isTrue();
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"[md](javascript:alert(1))", "[md](JAVASCRIPT:alert(1))", "[md](vbscript:msgbox(1))",
            "[md](data:text/html,x)", "[md](file:///etc/passwd)", "[md]()", "[md](<>)"})
    void aLinkWhoseDestinationIsRefusedIsItsTextOnly(String link) {
        assertThat(renderer.toSafeHtml("See " + link + " here")).isEqualTo("<p>See md here</p>\n");
    }

    @Test
    void textBecomesParagraphsLineBreaksAndNofollowLinks() {
        String html = renderer.toSafeHtml("First line\nsecond line\n\nSee https://example.org and **this**.");

        assertThat(html).contains("<p>First line<br />").contains("second line</p>")
                .contains("<a href=\"https://example.org\" rel=\"nofollow ugc\">https://example.org</a>")
                .contains("<strong>this</strong>");
    }

    @Test
    void codeShowsExactlyWhatWasTyped() {
        assertThat(renderer.toSafeHtml("use `a<b && c>d` here")).contains("<code>a&lt;b &amp;&amp; c&gt;d</code>");
    }

    @Test
    void linesStartingWithATagKeepTheirLineBreaks() {
        assertThat(renderer.toSafeHtml("<div>\nsecond line")).isEqualTo("<p>&lt;div&gt;<br />\nsecond line</p>\n");
    }

    @Test
    void importedHtmlIsShownAsHtmlWithItsLinksNofollowUgc() {
        assertThat(renderer.htmlToSafeHtml("Approved <em>top</em> <a href=\"https://x.example\">link</a>"))
                .isEqualTo("<p>Approved <em>top</em> <a href=\"https://x.example\" rel=\"nofollow ugc\">link</a></p>\n");
    }

    @Test
    void importedHtmlTakesBlankLinesForParagraphsAndLineBreaksForBreaksAsWordPressDoes() {
        String html = renderer.htmlToSafeHtml(wordPressComment(899));

        assertThat(html).startsWith("<p>This user it trying to be anonymous.</p>\n<p>")
                .contains("no <a href=\"https://gravatar.com//\" rel=\"nofollow ugc\">Gravatar</a> associated with it.<br />\n")
                .endsWith("link to it in the comment.</p>\n");
    }

    @Test
    void importedHtmlKeepsHeadingsQuotesListsAndInlineMarksAndNoTagShowsAsText() {
        String html = renderer.htmlToSafeHtml(wordPressComment(881));

        assertThat(html).startsWith("<p><strong>Headings</strong></p>\n<h1>Header one</h1>\n<h2>Header two</h2>")
                .contains("<h6>Header six</h6>", "<blockquote><p>Stay hungry. Stay foolish.</p></blockquote>",
                        "<ul><li>List item one", "<del>strike out text</del>", "<ins>inserted</ins>", "<i>text</i>",
                        "<p>The emphasize tag should <em>italicize</em>", "<code>&lt;cite&gt;</code>",
                        "<pre>\nRobert Frost\n\n\tTwo roads diverged in a yellow wood,\n")
                .doesNotContain("&lt;strong", "&lt;h1", "&lt;em", "&lt;a ", "<table", "<img", "title=", "cite=");
        assertOnlySafeMarkup(html, ALLOWED_IN_HTML, "comment 881");
    }

    @Test
    void importedHtmlLinkWhoseDestinationIsRefusedIsItsTextOnly() {
        assertThat(renderer.htmlToSafeHtml("a <a href=\"javascript:alert(1)\">js</a> <a href=\"\">none</a> <a href=\"hhttps://x\">typo</a>"))
                .isEqualTo("<p>a js none typo</p>\n");
    }

    @Test
    void typedHtmlShowsAsText() {
        assertThat(renderer.toSafeHtml("I <3 <b>bold</b> & more")).contains("&lt;3").contains("&lt;b&gt;bold").contains("&amp; more");
    }

    /** A comment of WordPress's theme unit test export (/work/shared/fixtures/wordpress-theme-unit-test.xml), as exported. */
    private static String wordPressComment(int id) {
        try (InputStream in = ContentRendererTest.class.getResourceAsStream("/wordpress/theme-unit-test-comment-" + id + ".html")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
