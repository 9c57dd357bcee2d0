package org.newsroom.gateway.pages;

/** Where the Atom feeds are, for the feeds themselves and for the pages that link them. */
public final class FeedPaths {

    public static final String ARTICLES = "/feed.atom";
    public static final String COMMENTS = "/comments/feed.atom";

    private FeedPaths() {
    }

    public static String articleComments(String slug) {
        return Links.article(slug) + "/comments/feed.atom";
    }
}
