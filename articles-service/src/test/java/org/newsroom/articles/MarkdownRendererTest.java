package org.newsroom.articles;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownRendererTest {

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
        String html = renderer.toSafeHtml(hostile).toLowerCase();

        assertThat(html).doesNotContain("<script").doesNotContain("onerror").doesNotContain("onload")
                .doesNotContain("onmouseover").doesNotContain("javascript:").doesNotContain("<iframe")
                .doesNotContain("<svg").doesNotContain("<math").doesNotContain("<style").doesNotContain("style=")
                .doesNotContain("<object").doesNotContain("<form").doesNotContain("<input").doesNotContain("data:text");
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
    void shortBodyIsItsOwnExcerpt() {
        assertThat(renderer.excerpt("Just *one* line.")).isEqualTo("Just one line.");
    }
}
