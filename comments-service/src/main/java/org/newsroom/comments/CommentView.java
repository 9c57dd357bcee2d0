package org.newsroom.comments;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/** What readers see of a comment: never an email, IP or user agent. */
@Serdeable
public record CommentView(String id, @Nullable String parentId, String authorName, @Nullable String authorUrl,
                          String content, String contentHtml, Instant createdAt, List<CommentView> replies,
                          @Nullable Instant editedAt) {

    static CommentView of(Comment comment, List<CommentView> replies) {
        return new CommentView(comment.id(), comment.parentId(), comment.authorName(), comment.authorUrl(),
                comment.content(), comment.contentHtml(), comment.createdAt(), replies, comment.editedAt());
    }
}
