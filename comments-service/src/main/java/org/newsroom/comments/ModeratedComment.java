package org.newsroom.comments;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/**
 * A comment as moderators see it: the public view (with {@code replies} always empty, since the
 * queue is flat and each reply is an item of its own) plus the private fields.
 */
@Serdeable
public record ModeratedComment(String id, @Nullable String parentId, String authorName, @Nullable String authorUrl,
                               String content, String contentFormat, String contentHtml, Instant createdAt, String status,
                               String authorEmail, @Nullable String authorIp, @Nullable String userAgent,
                               String articleId, @Nullable String articleSlug, int depth, Instant updatedAt,
                               @Nullable Instant editedAt, List<ModeratedComment> replies) {

    static ModeratedComment of(Comment comment) {
        return new ModeratedComment(comment.id(), comment.parentId(), comment.authorName(), comment.authorUrl(),
                comment.content(), ContentFormat.of(comment.contentFormat()), comment.contentHtml(), comment.createdAt(),
                comment.status(), comment.authorEmail(),
                comment.authorIp(), comment.userAgent(), comment.articleId(), comment.articleSlug(), comment.depth(),
                comment.updatedAt(), comment.editedAt(), List.of());
    }
}
