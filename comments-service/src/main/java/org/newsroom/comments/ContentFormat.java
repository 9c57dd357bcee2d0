package org.newsroom.comments;

import io.micronaut.core.annotation.Nullable;

/**
 * How a comment's content is written: Markdown, as readers type it in the form (and every comment
 * stored before formats were recorded), or HTML, as WordPress stores the comments it exports.
 */
public final class ContentFormat {

    public static final String MARKDOWN = "markdown";
    public static final String HTML = "html";

    private ContentFormat() {
    }

    /** The format of a stored comment; none recorded is Markdown. */
    public static String of(@Nullable String stored) {
        return stored == null ? MARKDOWN : stored;
    }
}
