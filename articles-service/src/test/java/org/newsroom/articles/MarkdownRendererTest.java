package org.newsroom.articles;

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

class MarkdownRendererTest {

    private static final Set<String> ALLOWED = Set.of("#root", "html", "head", "body", "h1", "h2", "h3", "h4", "h5", "h6", "p", "br",
            "hr", "blockquote", "pre", "code", "em", "strong", "b", "i", "del", "s", "sub", "sup", "ul", "ol", "li", "a", "img", "table",
            "thead", "tbody", "tr", "th", "td");

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    @Test
    void headingsListsEmphasisCodeQuotesAndTablesRender() {
        String html = renderer.toSafeHtml("## Title\n\n### Sub\n\n- one\n- two\n\n3. three\n\n*em* **strong** `code`\n\n"
                + "> quoted\n\n```java\nint x;\n```\n\n| a | b |\n|:-:|---|\n| 1 | 2 |");

        assertThat(html).contains("<h2>Title</h2>").contains("<h3>Sub</h3>").contains("<ul>").contains("<li>one</li>")
                .contains("<ol start=\"3\">").contains("<em>em</em>").contains("<strong>strong</strong>")
                .contains("<code>code</code>").contains("<blockquote>").contains("<pre><code class=\"language-java\">int x;")
                .contains("<table>").contains("<th align=\"center\">a</th>").contains("<td>2</td>");
    }

    @Test
    void linksKeepWebAndMailAddressesAndGetNofollowNoopener() {
        String html = renderer.toSafeHtml("[site](https://example.org/a?b=c) [plain](http://example.org) [mail](mailto:desk@example.org)");

        assertThat(html).contains("<a href=\"https://example.org/a?b&#61;c\" rel=\"nofollow noopener\">site</a>")
                .contains("<a href=\"http://example.org\" rel=\"nofollow noopener\">plain</a>")
                .contains("href=\"mailto:desk&#64;example.org\" rel=\"nofollow noopener\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"[md](javascript:alert(1))", "[md](JAVASCRIPT:alert(1))", "[md](vbscript:msgbox(1))",
            "[md](data:text/html,x)", "[md]()", "[md](<>)", "<a href=\"\">md</a>", "<a href=\" \">md</a>"})
    void aLinkWhoseDestinationIsRefusedIsItsTextOnly(String link) {
        assertThat(renderer.toSafeHtml("See " + link + " here")).isEqualTo("<p>See md here</p>\n");
    }

    @Test
    void anInPageLinkIsKept() {
        assertThat(renderer.toSafeHtml("[Up](#top)")).isEqualTo("<p><a href=\"#top\" rel=\"nofollow noopener\">Up</a></p>\n");
    }

    @Test
    void imagesOnlyFromWebAddresses() {
        String html = renderer.toSafeHtml("![ok](https://example.org/a.png) ![data](data:image/png;base64,AAAA) ![js](javascript:alert(1))");

        assertThat(html).contains("<img src=\"https://example.org/a.png\" alt=\"ok\" />")
                .doesNotContain("data:").doesNotContain("javascript");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "<img src=\"https://example.org/a.png\" onerror=\"alert(1)\">",
            "[x](javascript:alert(1))",
            "[x](JaVaScRiPt:alert(1))",
            "[x](&#106;avascript:alert(1))",
            "<a href=\"JaVaScRiPt:alert(1)\">x</a>",
            "<a href=\"jav&#x09;ascript:alert(1)\">x</a>",
            "<iframe src=\"https://evil.example\"></iframe>",
            "<svg><script>alert(1)</script></svg>",
            "<svg onload=alert(1)>",
            "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
            "<div style=\"background:url(javascript:alert(1))\">x</div>",
            "<style>body{display:none}</style>",
            "<body onload=alert(1)>",
            "<object data=\"evil.swf\"></object>",
            "<p onmouseover=\"alert(1)\">hover</p>",
            "<form action=\"https://evil.example\"><input name=x></form>",
            "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>"})
    void hostileMarkupDoesNotSurvive(String hostile) {
        Document html = Jsoup.parse(renderer.toSafeHtml("Intro\n\n" + hostile + "\n\nOutro"));

        for (Element element : html.getAllElements()) {
            assertThat(ALLOWED).as("element <%s> from %s", element.tagName(), hostile).contains(element.tagName());
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                assertThat(name).as(hostile).isIn("href", "rel", "src", "alt", "title", "start", "class", "align");
                // jsoup has decoded entities, so an encoded "javascript:" is seen for what it is
                String value = attribute.getValue().toLowerCase(Locale.ROOT).strip();
                if (name.equals("href")) {
                    assertThat(value.isEmpty() || value.startsWith("http://") || value.startsWith("https://") || value.startsWith("mailto:"))
                            .as(hostile + " -> " + value).isTrue();
                }
                if (name.equals("src")) {
                    assertThat(value.startsWith("http://") || value.startsWith("https://")).as(hostile + " -> " + value).isTrue();
                }
            }
        }
    }

    @Test
    void excerptIsThePlainTextCutAtAWord() {
        String excerpt = renderer.excerpt("## Heading\n\nA [link](https://example.org) and **bold** <b>raw</b> ![alt](https://x.org/i.png)\n\n"
                + "word ".repeat(200));

        assertThat(excerpt).startsWith("Heading A link and bold raw word word").endsWith("…")
                .doesNotContain("#").doesNotContain("https").doesNotContain("<").doesNotContain("alt");
        assertThat(excerpt.length()).isLessThanOrEqualTo(300);
    }

    @Test
    void excerptHasOnlyTheWordsThePageShows() {
        assertThat(renderer.excerpt("Hello <script>var tracking=1;</script> world <iframe src=x>iframe text</iframe> end"))
                .isEqualTo("Hello world end");
        assertThat(renderer.excerpt("See [the report](https://example.org), which *was*n't `late`."))
                .isEqualTo("See the report, which wasn't late.");
    }

    @Test
    void shortBodyIsItsOwnExcerpt() {
        assertThat(renderer.excerpt("Just *one* line.")).isEqualTo("Just one line.");
    }
}
