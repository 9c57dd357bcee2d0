package org.newsroom.gateway.pages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Site-relative links the templates build from user values: always URL-encoded. */
public final class Links {

    private Links() {
    }

    public static String article(String slug) {
        return "/articles/" + URLEncoder.encode(slug, StandardCharsets.UTF_8);
    }

    /** Where a comment shows: its article's comment page {@code page}, at the comment. */
    public static String comment(String slug, int page, String commentId) {
        return article(slug) + (page > 1 ? "?cpage=" + page : "") + "#comment-" + commentId;
    }

    /** The page on which a comment's poster may change it without script. */
    public static String commentEdit(String slug, String commentId) {
        return article(slug) + "/comments/" + commentId + "/edit";
    }

    /** A page of the front page's list: of a tag's articles (its key) or a search's when given. */
    public static String front(int number, String tagKey, String words) {
        StringBuilder query = new StringBuilder();
        if (!tagKey.isEmpty()) {
            query.append("&tag=").append(URLEncoder.encode(tagKey, StandardCharsets.UTF_8));
        }
        if (!words.isEmpty()) {
            query.append("&q=").append(URLEncoder.encode(words, StandardCharsets.UTF_8));
        }
        if (number > 1) {
            query.append("&page=").append(number);
        }
        return query.isEmpty() ? "/" : "/?" + query.substring(1);
    }

    /** A tag's page, under its canonical address: the tag's key (lower case), which is what articles-service matches. */
    public static String tag(String tag) {
        return "/?tag=" + URLEncoder.encode(tagKey(tag), StandardCharsets.UTF_8);
    }

    /** A tag as articles-service keys it: one tag whatever its case ("Post Formats" and "post formats"). */
    public static String tagKey(String tag) {
        return tag.strip().toLowerCase(Locale.ROOT);
    }
}
