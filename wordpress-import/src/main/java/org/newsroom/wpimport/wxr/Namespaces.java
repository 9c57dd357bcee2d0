package org.newsroom.wpimport.wxr;

import java.util.regex.Pattern;

/** The namespaces of a WXR file, matched by URI whatever prefix the file gives them; http and https alike. */
final class Namespaces {

    private static final Pattern WORDPRESS = Pattern.compile("https?://wordpress\\.org/export/\\d+\\.\\d+/");
    private static final Pattern CONTENT = Pattern.compile("https?://purl\\.org/rss/1\\.0/modules/content/");
    private static final Pattern DUBLIN_CORE = Pattern.compile("https?://purl\\.org/dc/elements/1\\.1/");
    private static final Pattern EXCERPT = Pattern.compile("https?://wordpress\\.org/export/\\d+\\.\\d+/excerpt/");

    private Namespaces() {
    }

    static boolean isWordPress(String uri) {
        return uri != null && WORDPRESS.matcher(uri).matches();
    }

    static boolean isContent(String uri) {
        return uri != null && CONTENT.matcher(uri).matches();
    }

    static boolean isDublinCore(String uri) {
        return uri != null && DUBLIN_CORE.matcher(uri).matches();
    }

    static boolean isExcerpt(String uri) {
        return uri != null && EXCERPT.matcher(uri).matches();
    }

    static boolean isNone(String uri) {
        return uri == null || uri.isEmpty();
    }
}
