package org.newsroom.gateway.feeds;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.newsroom.gateway.http.Identifiers;

/**
 * A visible comment as comments-service lists the newest ones, with the comment page of its article
 * that shows it; whatever else it sends is dropped here.
 */
@Serdeable
record FeedComment(@Nullable String id, @Nullable String articleId, @Nullable String articleSlug, @Nullable String authorName,
                   @Nullable String authorUrl, @Nullable String contentHtml, @Nullable String createdAt, @Nullable String editedAt,
                   @Nullable Integer page) {

    int pageOrFirst() {
        return page == null || page < 1 ? 1 : page;
    }

    boolean isWhole() {
        return id != null && Identifiers.isId(id) && articleSlug != null && Identifiers.isSlug(articleSlug) && contentHtml != null
                && createdAt != null;
    }
}
