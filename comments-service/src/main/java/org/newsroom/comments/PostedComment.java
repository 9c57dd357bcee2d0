package org.newsroom.comments;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/**
 * The answer to a post: the public view and whether it shows now (spam is reported as pending), with
 * the edit token, shown only here, and the end of the edit window (both null when editing is off).
 */
@Serdeable
public record PostedComment(String id, @Nullable String parentId, String authorName, @Nullable String authorUrl,
                            String content, String contentFormat, String contentHtml, Instant createdAt, List<CommentView> replies,
                            @Nullable Instant editedAt, String status, @Nullable String editToken, @Nullable Instant editableUntil) {

    static PostedComment of(Comment comment, @Nullable String editToken, @Nullable Instant editableUntil) {
        String shown = CommentStatus.APPROVED.equals(comment.status()) ? CommentStatus.APPROVED : CommentStatus.PENDING;
        return new PostedComment(comment.id(), comment.parentId(), comment.authorName(), comment.authorUrl(),
                comment.content(), ContentFormat.of(comment.contentFormat()), comment.contentHtml(), comment.createdAt(), List.of(),
                comment.editedAt(), shown,
                editToken, editableUntil);
    }
}
