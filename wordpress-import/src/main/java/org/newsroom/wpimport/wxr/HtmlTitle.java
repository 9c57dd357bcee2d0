package org.newsroom.wpimport.wxr;

import org.jsoup.Jsoup;

/**
 * WordPress keeps a post's title as HTML ({@code Title <em>With</em> Markup}, {@code Fish &amp; Chips}) and themes
 * print it as such; titles on the platform are plain text. Their text is what a reader of the WordPress site saw:
 * tags removed, entities decoded, whitespace collapsed.
 */
final class HtmlTitle {

    private HtmlTitle() {
    }

    static String text(String html) {
        return Jsoup.parseBodyFragment(html).body().text();
    }
}
