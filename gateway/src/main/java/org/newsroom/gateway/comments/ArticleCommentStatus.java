package org.newsroom.gateway.comments;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.newsroom.gateway.http.Identifiers;

/** What articles-service says of a published article before the gateway touches its comments. */
@Serdeable
record ArticleCommentStatus(@Nullable String id, @Nullable String slug, @Nullable String status, @Nullable String commentStatus,
                            @Nullable String title) {

    boolean isWhole() {
        return id != null && Identifiers.isId(id);
    }

    boolean isOpen() {
        return "open".equals(commentStatus);
    }
}
