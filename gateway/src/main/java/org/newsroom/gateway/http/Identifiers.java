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
    /** articles-service's outbox lives at /articles/deletions: it never gives an article that slug. */
    private static final String NOT_AN_ARTICLE = "deletions";

    private Identifiers() {
    }

    public static boolean isSlug(String slug) {
        return slug.length() <= MAX_SLUG_LENGTH && SLUG.matcher(slug).matches() && !slug.equals(NOT_AN_ARTICLE);
    }

    public static boolean isId(String id) {
        return OBJECT_ID.matcher(id).matches();
    }
}
