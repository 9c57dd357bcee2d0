package org.newsroom.gateway.pages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Site-relative links the templates build from user values: always URL-encoded. */
public final class Links {

    private Links() {
    }

    public static String article(String slug) {
        return "/articles/" + URLEncoder.encode(slug, StandardCharsets.UTF_8);
    }

    public static String tag(String tag) {
        return "/?tag=" + URLEncoder.encode(tag, StandardCharsets.UTF_8);
    }
}
