package org.newsroom.articles;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownRendererTest {

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    @Test
    void headingsListsLinksAndTablesRender() {
        String html = renderer.toSafeHtml("## Title\n\n- one\n- two\n\n[site](https://example.org)\n\n| a | b |\n|---|---|\n| 1 | 2 |");

        assertThat(html).contains("<h2>Title</h2>").contains("<li>one</li>").contains("<table>")
                .contains("href=\"https://example.org\"").contains("rel=\"nofollow\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "[x](javascript:alert(1))",
            "<a href=\"JaVaScRiPt:alert(1)\">x</a>",
            "<iframe src=\"https://evil.example\"></iframe>",
            "<svg><script>alert(1)</script></svg>",
            "<div style=\"background:url(javascript:alert(1))\">x</div>",
            "<body onload=alert(1)>",
            "<object data=\"evil.swf\"></object>",
            "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>"})
    void hostileMarkupDoesNotSurvive(String hostile) {
        String html = renderer.toSafeHtml(hostile).toLowerCase();

        assertThat(html).doesNotContain("<script").doesNotContain("onerror").doesNotContain("onload")
                .doesNotContain("javascript:").doesNotContain("<iframe").doesNotContain("<svg").doesNotContain("style=")
                .doesNotContain("<object").doesNotContain("data:text");
    }

    @Test
    void excerptIsPlainTextCutAtAWord() {
        String excerpt = renderer.excerpt("## Heading\n\n" + "word ".repeat(200));

        assertThat(excerpt).startsWith("Heading word").endsWith("…").doesNotContain("#");
        assertThat(excerpt.length()).isLessThanOrEqualTo(300);
    }
}
