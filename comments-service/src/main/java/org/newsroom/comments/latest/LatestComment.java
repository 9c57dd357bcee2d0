package org.newsroom.comments.latest;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.newsroom.comments.Comment;

import java.time.Instant;

/**
 * A visible comment for a feed: what readers may see of it, the article it belongs to and the
 * comment page of that article that shows it (when asked for); never an email or IP.
 */
@Serdeable
public record LatestComment(String id, String articleId, @Nullable String articleSlug, @Nullable String parentId, String authorName,
                            @Nullable String authorUrl, String contentHtml, Instant createdAt, @Nullable Instant editedAt,
                            @Nullable Integer page) {

    static LatestComment of(Comment comment, @Nullable Integer page) {
        return new LatestComment(comment.id(), comment.articleId(), comment.articleSlug(), comment.parentId(), comment.authorName(),
                comment.authorUrl(), comment.contentHtml(), comment.createdAt(), comment.editedAt(), page);
    }
}
