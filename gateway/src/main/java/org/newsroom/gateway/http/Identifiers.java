package org.newsroom.gateway.http;

import java.util.regex.Pattern;

/**
 * The shapes of slugs and ids the services hand out. Anything else in a path is answered 404 by the
 * gateway itself: a hostile path segment never reaches a service.
 */
public final class Identifiers {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern OBJECT_ID = Pattern.compile("[0-9a-f]{24}");
    private static final int MAX_SLUG_LENGTH = 120;

    private Identifiers() {
    }

    public static boolean isSlug(String slug) {
        return slug.length() <= MAX_SLUG_LENGTH && SLUG.matcher(slug).matches();
    }

    public static boolean isId(String id) {
        return OBJECT_ID.matcher(id).matches();
    }
}
