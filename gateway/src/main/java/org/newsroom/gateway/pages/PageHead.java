package org.newsroom.gateway.pages;

import io.micronaut.core.annotation.Nullable;

import java.util.List;

/**
 * What a page says of itself in its head: title, description, canonical URL, OpenGraph and Twitter
 * tags, the feeds it links, and for an article its JSON-LD (already made safe for a script block)
 * and whether the article script enhances it.
 */
public record PageHead(String title, String headline, String description, String canonicalUrl, String ogType, String siteName,
                       @Nullable String publishedTime, @Nullable String modifiedTime, List<String> tags,
                       @Nullable String jsonLd, List<FeedLink> feeds, boolean indexable, boolean enhanced) {

    /** The same page showing a refused form: its title says so first, the first words a screen reader reads. */
    public PageHead asError() {
        return new PageHead("Error: " + title, headline, description, canonicalUrl, ogType, siteName, publishedTime, modifiedTime, tags,
                jsonLd, feeds, indexable, enhanced);
    }

    /** A feed named in a {@code <link rel="alternate">}. */
    public record FeedLink(String title, String href) {
    }
}
