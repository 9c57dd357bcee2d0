package org.newsroom.articles;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlBodyTest {

    private final HtmlBody html = new HtmlBody();

    @Test
    void blockEditorMarksAndTheMoreTagDoNotShow() {
        String safe = html.toSafeHtml("<!-- wp:paragraph -->\n<p>Before</p>\n<!-- /wp:paragraph -->\n\n<!--more-->\n\n"
                + "<!-- wp:image {\"id\":5} /-->\n<!--more Read on-->\n<!--nextpage--><p>After</p>");

        assertThat(safe).doesNotContain("wp:", "more", "<!--", "nextpage").contains("<p>Before</p>", "<p>After</p>");
    }

    @Test
    void classicTextBecomesParagraphsWithLineBreaks() {
        String safe = html.toSafeHtml("First paragraph\nsame paragraph, new line.\n\nSecond paragraph with <strong>bold</strong>.");

        assertThat(safe).isEqualTo("<p>First paragraph<br />\nsame paragraph, new line.</p>\n"
                + "<p>Second paragraph with <strong>bold</strong>.</p>\n");
    }

    @Test
    void headingsListsLinksImagesQuotesCodeAndTablesSurvive() {
        String safe = html.toSafeHtml("""
                <h2>Heading</h2>
                <ul><li>one</li><li>two</li></ul>
                <ol start="3"><li>three</li></ol>

                A <a href="https://example.org/page">link</a> and <img src="https://example.org/a.png" alt="picture" />

                <blockquote><p>Quoted</p></blockquote>

                <pre><code>int x = 1;

                int y = 2;</code></pre>

                <table><thead><tr><th>H</th></tr></thead><tbody><tr><td>cell</td></tr></tbody></table>
                """);

        assertThat(safe).contains("<h2>Heading</h2>", "<ul><li>one</li><li>two</li></ul>", "<ol start=\"3\"><li>three</li></ol>",
                "<a href=\"https://example.org/page\" rel=\"nofollow noopener\">link</a>",
                "<img src=\"https://example.org/a.png\" alt=\"picture\" />", "<blockquote><p>Quoted</p></blockquote>",
                "<pre><code>int x &#61; 1;\n\nint y &#61; 2;</code></pre>",
                "<table><thead><tr><th>H</th></tr></thead><tbody><tr><td>cell</td></tr></tbody></table>");
    }

    @Test
    void scriptsHandlersAndJavascriptLinksAreRemoved() {
        String safe = html.toSafeHtml("<p onclick=\"steal()\">Hi<script>alert(1)</script></p><a href=\"javascript:alert(1)\">x</a>"
                + "<img src=\"x\" onerror=\"alert(1)\">");

        assertThat(safe).doesNotContain("script", "onclick", "javascript", "onerror", "alert");
    }

    @Test
    void plainTextHasTheWordsOnlyWithEntitiesDecoded() {
        assertThat(html.plainText("<p>Tom &amp; Jerry</p><style>p{}</style><script>var x;</script><ul><li>one</li><li>two</li></ul>"))
                .isEqualTo("Tom & Jerry one two");
    }

    @Test
    void excerptHasOnlyTheWordsThePageShows() {
        assertThat(html.excerpt("<p>Hello <iframe src=\"x\">iframe text</iframe><script>evil()</script> <a href=\"/r\">world</a>, "
                + "<noscript>no script</noscript><object>object text</object>end</p>")).isEqualTo("Hello world, end");
    }

    @Test
    void excerptIsTheTextCutAtAWordBoundary() {
        String excerpt = html.excerpt("<p>" + "word ".repeat(100) + "</p>");

        assertThat(excerpt).endsWith("…").hasSizeLessThanOrEqualTo(300).doesNotContain("<");
    }
}
