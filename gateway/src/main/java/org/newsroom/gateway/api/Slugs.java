package org.newsroom.gateway.api;

import java.util.regex.Pattern;

final class Slugs {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern OBJECT_ID = Pattern.compile("[0-9a-f]{24}");

    private Slugs() {
    }

    static boolean isSlug(String slug) {
        return slug.length() <= 120 && SLUG.matcher(slug).matches();
    }

    static boolean isId(String id) {
        return OBJECT_ID.matcher(id).matches();
    }
}
