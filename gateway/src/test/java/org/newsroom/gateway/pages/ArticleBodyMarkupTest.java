package org.newsroom.gateway.pages;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The article body on its page: one h1 (the title), images with alt, scrollable blocks a keyboard can reach. */
class ArticleBodyMarkupTest {

    @Test
    void aBodyWithAnH1HasEveryHeadingOneLevelDownAndH6StaysH6() {
        String body = "<h1>One</h1><p>x</p><h2>Two</h2><h3>Three</h3><h4>Four</h4><h5>Five</h5><h6>Six</h6>";

        assertThat(ArticleBodyMarkup.forPage(body))
                .isEqualTo("<h2>One</h2><p>x</p><h3>Two</h3><h4>Three</h4><h5>Four</h5><h6>Five</h6><h6>Six</h6>");
    }

    @Test
    void aBodyWithoutAnH1KeepsItsHeadings() {
        String body = "<h2>Two</h2><p>x</p><h3>Three</h3>";

        assertThat(ArticleBodyMarkup.forPage(body)).isEqualTo("<h2>Two</h2><p>x</p><h3>Three</h3>");
    }

    @Test
    void anH1WrittenAsTextIsNoHeading() {
        String body = "<h2>About &lt;h1&gt; tags</h2><p>Write &lt;h1 class=&#34;x&#34;&gt; for a title</p>";

        assertThat(ArticleBodyMarkup.forPage(body)).isEqualTo(body);
    }

    @Test
    void anImageWithoutAltGetsAnEmptyOneAndOneWithAltKeepsIt() {
        assertThat(ArticleBodyMarkup.forPage("<p><img src=\"https://example.org/a.png\" /></p>"))
                .isEqualTo("<p><img src=\"https://example.org/a.png\" alt=\"\" /></p>");
        assertThat(ArticleBodyMarkup.forPage("<img src=\"https://example.org/a.png\">"))
                .isEqualTo("<img src=\"https://example.org/a.png\" alt=\"\">");
        String described = "<img src=\"https://example.org/a.png\" alt=\"A map\" />";
        assertThat(ArticleBodyMarkup.forPage(described)).isEqualTo(described);
        String emptyAlt = "<img alt=\"\" src=\"https://example.org/a.png\" />";
        assertThat(ArticleBodyMarkup.forPage(emptyAlt)).isEqualTo(emptyAlt);
    }

    @Test
    void altInAnotherAttributeOrItsValueIsNotAnAlt() {
        assertThat(ArticleBodyMarkup.forPage("<img src=\"https://example.org/alt.png\" title=\"alt=&#34;x&#34; alt\" />"))
                .isEqualTo("<img src=\"https://example.org/alt.png\" title=\"alt=&#34;x&#34; alt\" alt=\"\" />");
        assertThat(ArticleBodyMarkup.forPage("<img data-alt=\"x\" src=\"https://example.org/a.png\">"))
                .isEqualTo("<img data-alt=\"x\" src=\"https://example.org/a.png\" alt=\"\">");
    }

    @Test
    void preAndEveryTableNestedOrNotGetTabindexZero() {
        String body = "<pre><code class=\"language-java\">int a = 1 &lt; 2;</code></pre>"
                + "<table><tbody><tr><td><table><tr><td>x</td></tr></table></td></tr></tbody></table>";

        assertThat(ArticleBodyMarkup.forPage(body)).isEqualTo("<pre tabindex=\"0\"><code class=\"language-java\">int a = 1 &lt; 2;</code></pre>"
                + "<table tabindex=\"0\"><tbody><tr><td><table tabindex=\"0\"><tr><td>x</td></tr></table></td></tr></tbody></table>");
    }

    @Test
    void aTagInsideAQuotedValueIsPartOfThatValue() {
        String body = "<a href=\"https://example.org/?q=%3Ch1%3E\" title=\"<h1>\" rel=\"nofollow noopener\">x</a><h2>y</h2>";

        assertThat(ArticleBodyMarkup.forPage(body)).isEqualTo(body);
    }

    @Test
    void theSameBodyAlwaysGivesTheSamePageAndNothingGivesNothing() {
        String body = "<h1>T</h1><img src=\"https://example.org/a.png\" /><table><tr><td>x</td></tr></table>";

        assertThat(ArticleBodyMarkup.forPage(body)).isEqualTo(ArticleBodyMarkup.forPage(body));
        assertThat(ArticleBodyMarkup.forPage(null)).isEmpty();
        assertThat(ArticleBodyMarkup.forPage("plain a < b & c")).isEqualTo("plain a < b & c");
    }
}
