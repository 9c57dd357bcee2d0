package org.newsroom.comments;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/** The answer to a post: the public view and whether it shows now; spam is reported as pending. */
@Serdeable
public record PostedComment(String id, @Nullable String parentId, String authorName, @Nullable String authorUrl,
                            String content, String contentHtml, Instant createdAt, List<CommentView> replies,
                            String status) {

    static PostedComment of(Comment comment) {
        String shown = CommentStatus.APPROVED.equals(comment.status()) ? CommentStatus.APPROVED : CommentStatus.PENDING;
        return new PostedComment(comment.id(), comment.parentId(), comment.authorName(), comment.authorUrl(),
                comment.content(), comment.contentHtml(), comment.createdAt(), List.of(), shown);
    }
}
