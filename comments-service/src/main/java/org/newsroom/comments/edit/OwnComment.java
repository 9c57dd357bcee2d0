package org.newsroom.comments.edit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.newsroom.comments.Comment;
import org.newsroom.comments.CommentStatus;

import java.time.Instant;

/**
 * A comment as its author sees it while they may still change it: the text they wrote, its status (spam shows as
 * pending), until when, and its article (the gateway takes an edit only while that article takes comments).
 */
@Serdeable
public record OwnComment(String id, String articleId, String content, String status, @Nullable Instant editableUntil) {

    static OwnComment of(Comment comment, @Nullable Instant editableUntil) {
        String shown = CommentStatus.APPROVED.equals(comment.status()) ? CommentStatus.APPROVED : CommentStatus.PENDING;
        return new OwnComment(comment.id(), comment.articleId(), comment.content(), shown, editableUntil);
    }
}
