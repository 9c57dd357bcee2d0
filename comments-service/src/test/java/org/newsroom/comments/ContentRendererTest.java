package org.newsroom.comments;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ContentRendererTest {

    private static final Set<String> ALLOWED = Set.of("#root", "html", "head", "body", "p", "br", "em", "strong", "code", "pre",
            "blockquote", "ul", "ol", "li", "a");

    private final ContentRenderer renderer = new ContentRenderer();

    @ParameterizedTest
    @ValueSource(strings = {
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
            "> <img src=x onerror=alert(1)>\n> quoted"})
    void hostilePayloadsLeaveNoActiveMarkup(String payload) {
        Document html = Jsoup.parse(renderer.toSafeHtml("Intro text\n\n" + payload + "\n\nOutro"));

        for (Element element : html.getAllElements()) {
            assertThat(ALLOWED).as("element <%s> from %s", element.tagName(), payload).contains(element.tagName());
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
    void typedHtmlShowsAsText() {
        assertThat(renderer.toSafeHtml("I <3 <b>bold</b> & more")).contains("&lt;3").contains("&lt;b&gt;bold").contains("&amp; more");
    }
}
